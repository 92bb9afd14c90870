import type { Node } from 'web-tree-sitter';
import { methodCallReader, type ColumnTypeChange, type MigrationCollector } from './js/collector.js';
import { typeormColumnType } from './js/column-types.js';
import { literalString } from './js/strings.js';
import { argumentsOf, calledName, objectPairs } from './js/syntax.js';
import type { MigrationReader } from './types.js';
import { isTypeormMigration } from './recognise.js';

/**
 * TypeORM migrations: `class X implements MigrationInterface` with `up(queryRunner)`, as
 * `typeorm migration:generate` writes them (raw `queryRunner.query` calls) or by hand
 * (`queryRunner.dropTable`, `dropColumn`, `changeColumn`).
 */
export const typeormReader: MigrationReader = methodCallReader('typeorm', isTypeormMigration, readCall);

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
      // Lossy when narrower than the old TableColumn's type, or the type the reverse restores.
      if (args.length >= 3) collector.typeChange(call, calls, columnChange, renamedBack);
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

/** `changeColumn(table, oldColumn, newColumn)`: both sides' names and the types they state. */
function columnChange(call: Node): ColumnTypeChange | undefined {
  const [table, previous, next] = argumentsOf(call);
  if (!next) return undefined;
  return {
    table: tableName(table),
    previousColumn: columnName(previous),
    column: columnName(next),
    type: typeormColumnType(optionsOf(next)),
    previousType: typeormColumnType(optionsOf(previous)),
    at: next,
  };
}

/** The reverse of a changeColumn turns its new column back into the old: `other.from === change.to`. */
function renamedBack(other: ColumnTypeChange, change: ColumnTypeChange): boolean {
  return other.table === change.table && other.previousColumn === change.column;
}
