import type { ChangeContext } from '../../core/checker.js';
import { CurrentColumns } from './current-columns.js';
import type { LiquibaseChange, LiquibaseChangeSet } from './liquibase-model.js';
import { readLiquibaseXml } from './liquibase-xml.js';
import { readLiquibaseYaml } from './liquibase-yaml.js';

/** Above this many changelog files under the root, the history is not read: types stay unknown. */
const MAX_CHANGELOGS = 400;
const CHANGELOG = /\.(xml|ya?ml)$/i;
const ROOT_NAME = /changelog|liquibase/i;

/**
 * The column types the changeSets that ran before this one leave, as SQL type strings: every
 * other changelog under the changelog root of the base tree (in path order, as `includeAll`
 * runs them), then the changeSets of this file before `changeSetIndex`. The root is the nearest
 * folder named like `changelog` or `liquibase`, else the file's own folder.
 */
export function liquibaseCurrentColumns(
  path: string,
  earlierInFile: readonly LiquibaseChangeSet[],
  context: ChangeContext | undefined,
): CurrentColumns<string> | undefined {
  const baseTree = context?.baseTree;
  if (!baseTree) return undefined;
  const folders = path.split('/').slice(0, -1);
  let depth = folders.length;
  while (depth > 0 && !ROOT_NAME.test(folders[depth - 1]!)) depth--;
  const root = (depth > 0 ? folders.slice(0, depth) : folders).join('/');
  const others = baseTree
    .list(root)
    .filter((p) => p !== path && CHANGELOG.test(p))
    .sort();
  if (others.length > MAX_CHANGELOGS) return undefined;
  const current = new CurrentColumns<string>('the earlier Liquibase changeSets');
  for (const p of others) {
    const text = baseTree.read(p);
    if (text === undefined || !/databaseChangeLog/.test(text)) continue;
    let changeSets: LiquibaseChangeSet[];
    try {
      changeSets = /\.xml$/i.test(p) ? readLiquibaseXml(text) : readLiquibaseYaml(text);
    } catch {
      continue;
    }
    for (const changeSet of changeSets) changeSet.changes.forEach((c) => replay(c, current));
  }
  for (const changeSet of earlierInFile) changeSet.changes.forEach((c) => replay(c, current));
  return current;
}

/** A changeSet's `tableName` with its `schemaName`, as the reader names targets. */
export function liquibaseTable(change: LiquibaseChange, attribute = 'tableName'): string {
  const schema = change.attributes.get('schemaName');
  return `${schema ? `${schema}.` : ''}${change.attributes.get(attribute) ?? '?'}`;
}

function replay(change: LiquibaseChange, current: CurrentColumns<string>): void {
  const attr = (name: string) => change.attributes.get(name);
  const table = liquibaseTable(change);
  switch (change.type) {
    case 'createTable':
      current.setTable(table, change.columnTypes ?? []);
      break;
    case 'addColumn':
      for (const [column, type] of change.columnTypes ?? []) current.set(table, column, type);
      break;
    case 'modifyDataType':
      if (attr('columnName') && attr('newDataType')) current.set(table, attr('columnName')!, attr('newDataType')!);
      break;
    case 'dropColumn':
      for (const column of attr('columnName') ? [attr('columnName')!] : change.columns)
        current.dropColumn(table, column);
      break;
    case 'dropTable':
      current.dropTable(table);
      break;
    case 'renameColumn':
      if (attr('oldColumnName') && attr('newColumnName')) {
        current.renameColumn(table, attr('oldColumnName')!, attr('newColumnName')!);
      }
      break;
    case 'renameTable':
      current.renameTable(liquibaseTable(change, 'oldTableName'), liquibaseTable(change, 'newTableName'));
      break;
  }
}
