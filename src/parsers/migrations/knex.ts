import type { Node } from 'web-tree-sitter';
import type { CheckedFile } from '../../core/checker.js';
import { readCalls, type ColumnTypeChange, type MigrationCollector } from './js/collector.js';
import { knexColumnType } from './js/column-types.js';
import { literalString } from './js/strings.js';
import { argumentsOf, calledName, chainCalls, isFragment, receiverOf, scriptGrammar } from './js/syntax.js';
import type { MigrationReader } from './types.js';
import { isKnexMigration } from './recognise.js';

/** migrate-mongo and other MongoDB migrations: `up(db)` driving collections, read by the code family. */
const DROP_TABLE = new Set(['dropTable', 'dropTableIfExists']);
const DROP_COLUMN = new Set(['dropColumn', 'dropColumns']);
const TABLE_CALLBACK = new Set(['alterTable', 'table']);
/** Query builder calls that name the table a query runs on: `knex('t')`, `knex.from('t')`. */
const TABLE_NAMING = new Set(['from', 'table', 'into', 'queryBuilder']);
/** Any of knex's where family bounds a delete: where, whereIn, andWhere, orWhereNot, whereRaw... */
const WHERE = /where/i;

/**
 * Knex migrations: `exports.up = function (knex)` as `knex migrate:make` writes them, or the
 * TypeScript template's `export async function up(knex: Knex)`. A file of another JS framework
 * (TypeORM, Sequelize) is theirs; a file in a migrations folder with an `up` and no other marker is Knex's.
 */
export const knexReader: MigrationReader = {
  framework: 'knex',
  grammarFor: scriptGrammar,
  recognises: isKnexMigration,
  read: (file: CheckedFile) => readCalls(file, readCall),
};

function readCall(call: Node, calls: Node[], collector: MigrationCollector): void {
  const name = calledName(call);
  const args = argumentsOf(call);
  const method = call.childForFieldName('function')?.childForFieldName('property') ?? call;
  if (!name) return;
  if (DROP_TABLE.has(name)) {
    collector.operation('drop-table', call, method, literalString(args[0]) ?? '?');
  } else if (DROP_COLUMN.has(name)) {
    readDropColumns(call, args, collector);
  } else if (name === 'dropTimestamps') {
    collector.operation('drop-column', call, method, `${tableOfCallback(call) ?? '?'}.created_at, updated_at`);
  } else if (name === 'alter') {
    // A column changed with `.alter()`: the old type is the reverse `.alter()`'s.
    collector.typeChange(call, calls, alteredColumn);
  } else if (name === 'del' || name === 'delete' || name === 'truncate') {
    readQuery(call, name, method, collector);
  } else if (name === 'raw' && receiverOf(call) && !isFragment(call)) {
    // `??` binds an identifier: which table or column the SQL touches is decided at run time.
    if (args[1] && literalString(args[0])?.includes('??'))
      collector.dynamic(call, args[0]!, 'an identifier binding (??)');
    else collector.sqlArgument(call, args[0]);
  }
}

/** `table.dropColumn('a')`, `table.dropColumns('a', 'b')`: one operation per column, on its argument. */
function readDropColumns(call: Node, args: Node[], collector: MigrationCollector): void {
  const table = tableOfCallback(call) ?? '?';
  const columns = args.flatMap((a) =>
    a.type === 'array' ? a.namedChildren.filter((n): n is Node => n !== null) : [a],
  );
  const foreign = droppedForeignKeys(call);
  for (const column of columns) {
    const name = literalString(column) ?? '?';
    // dropForeign alone keeps the data; with its column dropped too, the reference and its values go.
    const kind = foreign.has(name) ? 'drop-reference' : 'drop-column';
    collector.operation(kind, call, column, `${table}.${name}`);
  }
}

/** The function the call is written in, when that is the callback of `alterTable('t', (table) => ...)`. */
function callbackOf(call: Node): { table: Node; callback: Node } | undefined {
  for (let current = call.parent; current; current = current.parent) {
    if (current.type !== 'arrow_function' && current.type !== 'function_expression' && current.type !== 'function')
      continue;
    const outer = current.parent?.parent;
    if (outer?.type !== 'call_expression' || !TABLE_CALLBACK.has(calledName(outer) ?? '')) return undefined;
    const [table] = argumentsOf(outer);
    return table ? { table, callback: current } : undefined;
  }
  return undefined;
}

function tableOfCallback(call: Node): string | undefined {
  const found = callbackOf(call);
  return found ? literalString(found.table) : undefined;
}

/** Columns whose foreign key the same alterTable callback drops: `table.dropForeign('user_id')`. */
function droppedForeignKeys(call: Node): Set<string> {
  const columns = new Set<string>();
  const found = callbackOf(call);
  if (!found) return columns;
  for (const inner of found.callback.descendantsOfType('call_expression')) {
    if (!inner || calledName(inner) !== 'dropForeign') continue;
    const [first] = argumentsOf(inner);
    const named = first?.type === 'array' ? first.namedChildren : [first];
    for (const n of named) {
      const column = literalString(n);
      if (column) columns.add(column);
    }
  }
  return columns;
}

/** `table.integer('price').alter()`: the column builder the chain starts with, and its new type. */
function alteredColumn(call: Node): ColumnTypeChange | undefined {
  const [builder] = chainCalls(receiverOf(call));
  if (!builder) return undefined;
  const [columnArg] = argumentsOf(builder);
  const column = literalString(columnArg);
  if (!column || !columnArg) return undefined;
  return {
    table: tableOfCallback(call) ?? '?',
    column,
    type: knexColumnType(calledName(builder) ?? '', argumentsOf(builder)),
    at: columnArg,
  };
}

/** `knex('t').del()` without a where in its chain deletes every row; `.truncate()` always does. */
function readQuery(call: Node, name: string, method: Node, collector: MigrationCollector): void {
  const chain = chainCalls(receiverOf(call));
  const root = chain[0];
  if (!root) return;
  const rootIsTable = root.childForFieldName('function')?.type === 'identifier';
  const named = rootIsTable ? root : chain.find((c) => TABLE_NAMING.has(calledName(c) ?? ''));
  // Not a query builder chain (a Map's delete, a schema call): not Knex's delete.
  if (!named) return;
  const table = literalString(argumentsOf(named)[0]) ?? '?';
  if (name === 'truncate') {
    collector.operation('truncate', call, method, table);
  } else if (![...chain, ...laterCalls(call)].some((c) => WHERE.test(calledName(c) ?? ''))) {
    collector.operation('unbounded-delete', call, method, table);
  }
}

/** Calls chained after this one: knex builds lazily, so `knex('t').del().where(...)` is bounded too. */
function laterCalls(call: Node): Node[] {
  const later: Node[] = [];
  let current = call;
  while (current.parent?.type === 'member_expression' && current.parent.parent?.type === 'call_expression') {
    current = current.parent.parent;
    later.push(current);
  }
  return later;
}
