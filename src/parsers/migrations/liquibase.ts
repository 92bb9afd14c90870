import { LineIndex } from '../../core/lines.js';
import type { SqlDialect } from '../../core/sql-operations.js';
import { MigrationCollector } from './collector.js';
import type { LiquibaseChange, LiquibaseChangeSet } from './liquibase-model.js';
import { readLiquibaseXml } from './liquibase-xml.js';
import { readLiquibaseYaml } from './liquibase-yaml.js';
import { isLossyChange, typeChangeDetail } from './type-change.js';
import { wideningReason, type CurrentColumns } from './current-columns.js';
import { liquibaseCurrentColumns } from './liquibase-history.js';
import type { MigrationReader } from './types.js';
import { isLiquibaseChangelog } from './recognise.js';

/** Liquibase `dbms` names of the dialects the SQL family reads. */
const DIALECTS: Record<string, SqlDialect> = {
  postgresql: 'postgres',
  mysql: 'mysql',
  mariadb: 'mysql',
  sqlite: 'sqlite',
  mssql: 'sqlserver',
  bigquery: 'bigquery',
};

/**
 * Liquibase XML, YAML and JSON changelogs. Formatted SQL changelogs (`--liquibase formatted sql`)
 * are .sql files the SQL family reads, so they are not recognised here.
 */
export const liquibaseReader: MigrationReader = {
  framework: 'liquibase',
  recognises: isLiquibaseChangelog,
  read(file, context) {
    const changeSets = /\.xml$/i.test(file.path) ? readLiquibaseXml(file.text) : readLiquibaseYaml(file.text);
    const out = new MigrationCollector();
    const lines = new LineIndex(file.text);
    changeSets.forEach((changeSet, index) => {
      // The changeSets that ran before this one are read only when a type change asks.
      let current: CurrentColumns<string> | undefined | null = null;
      const history = () =>
        current === null
          ? (current = liquibaseCurrentColumns(file.path, changeSets.slice(0, index), context))
          : current;
      const read = { changeSet, out, path: file.path, lines, history };
      for (const change of changeSet.changes) readChange(change, false, read);
      for (const change of changeSet.rollback) readChange(change, true, read);
    });
    return out.result();
  },
};

interface ChangeSetRead {
  changeSet: LiquibaseChangeSet;
  out: MigrationCollector;
  path: string;
  lines: LineIndex;
  history: () => CurrentColumns<string> | undefined;
}

function readChange(
  change: LiquibaseChange,
  rollbackOnly: boolean,
  { changeSet, out, path, lines, history }: ChangeSetRead,
): void {
  const attr = (name: string) => change.attributes.get(name);
  const table = () => `${attr('schemaName') ? `${attr('schemaName')}.` : ''}${attr('tableName') ?? '?'}`;
  const { span, unit } = change;
  switch (change.type) {
    case 'dropTable':
      out.operation({ kind: 'drop-table', call: '<dropTable>', target: table(), span, unit, rollbackOnly });
      break;
    case 'dropColumn': {
      const columns = attr('columnName') ? [attr('columnName')!] : change.columns;
      const target = (columns.length > 0 ? columns : ['?']).map((c) => `${table()}.${c}`).join(', ');
      out.operation({ kind: 'drop-column', call: '<dropColumn>', target, span, unit, rollbackOnly });
      break;
    }
    case 'modifyDataType': {
      const to = attr('newDataType');
      if (!to) break;
      // The old type is what the changeset's own rollback restores, if it says.
      const other = rollbackOnly ? changeSet.changes : changeSet.rollback;
      const from = other
        .find(
          (c) =>
            c.type === 'modifyDataType' &&
            c.attributes.get('tableName') === attr('tableName') &&
            c.attributes.get('columnName') === attr('columnName'),
        )
        ?.attributes.get('newDataType');
      const target = `${table()}.${attr('columnName') ?? '?'}`;
      // Without a rollback that says, the changeSets before this one say what the column is now.
      const known = from !== undefined || rollbackOnly ? undefined : history();
      const prior = from ?? known?.typeOf(table(), attr('columnName') ?? '?');
      if (!isLossyChange(prior, to)) {
        if (prior !== undefined && known && isLossyChange(undefined, to)) {
          out.operation({
            kind: 'lossy-type-change',
            call: '<modifyDataType>',
            target,
            detail: typeChangeDetail(prior, to),
            span,
            unit,
            rollbackOnly,
            downgradedBecause: wideningReason(target, prior, to, known.source),
          });
        }
        break;
      }
      out.operation({
        kind: 'lossy-type-change',
        call: '<modifyDataType>',
        target,
        detail: typeChangeDetail(prior, to),
        span,
        unit,
        rollbackOnly,
      });
      break;
    }
    case 'delete':
      if (!change.hasWhere)
        out.operation({ kind: 'unbounded-delete', call: '<delete>', target: table(), span, unit, rollbackOnly });
      break;
    case 'sql':
    case 'createProcedure':
      if (change.sql) {
        out.sql.push({
          text: change.sql.text,
          toFile: change.sql.toFile,
          call: `<${change.type}>`,
          unit,
          rollbackOnly,
          ...dialectOf(attr('dbms')),
        });
      }
      break;
    case 'sqlFile':
      out.notes.push(
        `${path}: <sqlFile path="${attr('path') ?? '?'}"> at line ${lines.lineOf(span.start)} runs a SQL file that is checked only when the change includes it`,
      );
      break;
  }
}

function dialectOf(dbms: string | undefined): { dialect?: SqlDialect } {
  const first = dbms?.split(',')[0]?.trim().toLowerCase();
  const dialect = first ? DIALECTS[first] : undefined;
  return dialect ? { dialect } : {};
}
