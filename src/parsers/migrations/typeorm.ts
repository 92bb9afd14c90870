import type { Node } from 'web-tree-sitter';
import type { CheckedFile } from '../../core/checker.js';
import { readCalls, type MigrationCollector } from './js/collector.js';
import { typeormColumnType } from './js/column-types.js';
import { isLossyChange, typeChangeDetail } from './type-change.js';
import { definesUp } from './js/recognise.js';
import { literalString } from './js/strings.js';
import { argumentsOf, calledName, inDown, objectPairs, scriptGrammar } from './js/syntax.js';
import type { MigrationReader } from './types.js';

const TYPEORM = /\bMigrationInterface\b|\bQueryRunner\b|\bqueryRunner\b/;

/**
 * TypeORM migrations: `class X implements MigrationInterface` with `up(queryRunner)`, as
 * `typeorm migration:generate` writes them (raw `queryRunner.query` calls) or by hand
 * (`queryRunner.dropTable`, `dropColumn`, `changeColumn`).
 */
export const typeormReader: MigrationReader = {
  framework: 'typeorm',
  grammarFor: scriptGrammar,
  recognises(path, text) {
    return definesUp(path, text) && TYPEORM.test(text);
  },
  read: (file: CheckedFile) => readCalls(file, readCall),
};

function readCall(call: Node, calls: Node[], collector: MigrationCollector): void {
  const name = calledName(call);
  const args = argumentsOf(call);
  const method = call.childForFieldName('function')?.childForFieldName('property');
  // Only methods (queryRunner.x, queryRunner.manager.x): a bare function call is the file's own.
  if (!name || !method) return;
  const table = tableName(args[0]);
  switch (name) {
    case 'query':
      collector.sqlArgument(call, args[0]);
      break;
    case 'dropTable':
      collector.operation('drop-table', call, method, table);
      break;
    case 'clearTable':
      collector.operation('truncate', call, method, table);
      break;
    case 'dropColumn':
      if (args[1]) collector.operation('drop-column', call, args[1], `${table}.${columnName(args[1])}`);
      break;
    case 'dropColumns':
      for (const column of listItems(args[1]))
        collector.operation('drop-column', call, column, `${table}.${columnName(column)}`);
      break;
    case 'changeColumn':
      readChangeColumn(call, args, calls, collector);
      break;
  }
}

/** A table argument: `'users'`, `new Table({ name: 'users' })`, a Table variable (`?`). */
function tableName(node: Node | undefined): string {
  return literalString(node) ?? literalString(optionsOf(node).get('name')) ?? '?';
}

function columnName(node: Node | undefined): string {
  return literalString(node) ?? literalString(optionsOf(node).get('name')) ?? '?';
}

/** The options of `new TableColumn({ ... })` or of a plain `{ ... }`. */
function optionsOf(node: Node | undefined): Map<string, Node> {
  if (node?.type === 'new_expression') {
    const first = node.childForFieldName('arguments')?.namedChildren.find((n) => n?.type === 'object');
    return objectPairs(first ?? undefined);
  }
  return objectPairs(node);
}

function listItems(node: Node | undefined): Node[] {
  if (node?.type !== 'array') return node ? [node] : [];
  return node.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
}

interface ColumnChange {
  table: string;
  from: string;
  to: string;
  type: string | undefined;
  previousType: string | undefined;
  at: Node;
}

/** `changeColumn(table, oldColumn, newColumn)`: both sides' names and the types they state. */
function columnChange(call: Node): ColumnChange | undefined {
  const [table, previous, next] = argumentsOf(call);
  if (!next) return undefined;
  return {
    table: tableName(table),
    from: columnName(previous),
    to: columnName(next),
    type: typeormColumnType(optionsOf(next)),
    previousType: typeormColumnType(optionsOf(previous)),
    at: next,
  };
}

/**
 * Lossy when the new type is narrower than the old. The old type is the old TableColumn's, or
 * the type the reverse changeColumn on the other side (up vs down) restores.
 */
function readChangeColumn(call: Node, args: Node[], calls: Node[], collector: MigrationCollector): void {
  const change = columnChange(call);
  if (!change?.type || args.length < 3) return;
  const down = inDown(call);
  const reverse = calls
    .filter((c) => c !== call && calledName(c) === 'changeColumn' && inDown(c) !== down)
    .map(columnChange)
    .find((c) => c && c.table === change.table && c.from === change.to);
  const previousType = change.previousType ?? reverse?.type;
  if (isLossyChange(previousType, change.type)) {
    collector.operation(
      'lossy-type-change',
      call,
      change.at,
      `${change.table}.${change.to}`,
      typeChangeDetail(previousType, change.type),
    );
  }
}
