import type { Node } from 'web-tree-sitter';
import { methodCallReader, type ColumnTypeChange, type MigrationCollector } from './js/collector.js';
import { sequelizeColumnType } from './js/column-types.js';
import { literalString } from './js/strings.js';
import { argumentsOf, calledName, objectPairs } from './js/syntax.js';
import type { MigrationReader } from './types.js';
import { isSequelizeMigration } from './recognise.js';

/**
 * Sequelize migrations as `sequelize-cli migration:generate` writes them:
 * `module.exports = { async up(queryInterface, Sequelize) { ... }, async down(...) { ... } }`.
 */
export const sequelizeReader: MigrationReader = methodCallReader('sequelize', isSequelizeMigration, readCall);

function readCall(call: Node, calls: Node[], collector: MigrationCollector): void {
  const name = calledName(call);
  const args = argumentsOf(call);
  const method = call.childForFieldName('function')?.childForFieldName('property');
  if (!name || !method) return;
  const table = tableName(args[0]);
  switch (name) {
    case 'query':
      collector.sqlArgument(call, args[0]);
      break;
    case 'dropTable':
      collector.operation('drop-table', call, method, table);
      break;
    case 'dropAllTables':
      collector.operation('drop-table', call, method, '*');
      break;
    case 'removeColumn':
      if (args[1]) collector.operation('drop-column', call, args[1], `${table}.${literalString(args[1]) ?? '?'}`);
      break;
    case 'changeColumn':
      collector.typeChange(call, calls, columnChange);
      break;
    case 'bulkDelete':
      readBulkDelete(call, args, method, table, collector);
      break;
  }
}

/** `'Users'` or `{ tableName: 'Users', schema: 'public' }`. */
function tableName(node: Node | undefined): string {
  return literalString(node) ?? literalString(objectPairs(node).get('tableName')) ?? '?';
}

/**
 * `bulkDelete(table, where, options)`: with no where (`{}`, `null`, `undefined`, absent) every row
 * goes; `{ truncate: true }` in the options truncates.
 */
function readBulkDelete(call: Node, args: Node[], method: Node, table: string, collector: MigrationCollector): void {
  const [, where, options] = args;
  if (objectPairs(options).get('truncate')?.text === 'true') {
    collector.operation('truncate', call, method, table);
    return;
  }
  const empty =
    !where ||
    where.type === 'null' ||
    where.type === 'undefined' ||
    (where.type === 'object' && where.namedChildren.every((n) => n?.type === 'comment'));
  if (empty) collector.operation('unbounded-delete', call, method, table);
}

/** `changeColumn(table, column, definition)`: lossy when narrower than what the reverse changeColumn restores. */
function columnChange(call: Node): ColumnTypeChange | undefined {
  const [table, column, definition] = argumentsOf(call);
  const name = literalString(column);
  if (!name || !definition) return undefined;
  return { table: tableName(table), column: name, type: sequelizeColumnType(definition), at: definition };
}
