import type { Node } from 'web-tree-sitter';
import { spanOf, type MigrationCollector } from './collector.js';
import { phpUnitOf, readPhpMigration } from './php-migration.js';
import { phpArguments, phpCallName, phpCalls, phpChain, phpClassName, phpMethodName, phpReceiver } from './php-ast.js';
import { phpSqlArgument, phpStringValue } from './php-strings.js';
import { isLossyChange, typeChangeDetail } from './type-change.js';
import type { MigrationReader } from './types.js';
import { isLaravelMigration } from './recognise.js';

/** `class X extends Migration`, `return new class extends Migration`: not Doctrine's AbstractMigration. */

/** DB facade methods whose first argument is SQL. */
const DB_SQL = new Set(['statement', 'unprepared', 'affectingStatement', 'delete', 'update', 'insert', 'select']);
/** Query-builder calls that bound a delete to some rows. */
const BOUNDING = /^(where|orWhere|find|whereKey|limit|take|first|latest|oldest)/;
/** Blueprint methods that drop fixed columns. */
const FIXED_COLUMN_DROPS: Record<string, string[]> = {
  dropTimestamps: ['created_at', 'updated_at'],
  dropTimestampsTz: ['created_at', 'updated_at'],
  dropSoftDeletes: ['deleted_at'],
  dropSoftDeletesTz: ['deleted_at'],
  dropRememberToken: ['remember_token'],
};

export const laravelReader: MigrationReader = {
  framework: 'laravel',
  grammar: 'php',
  recognises: isLaravelMigration,
  read: (file) =>
    readPhpMigration(
      file.text,
      (method) => method === 'down',
      (root) => {
        const changes = columnChanges(root, file.text);
        return [
          readSchemaDrop,
          (call, src, rollbackOnly, out) => readBlueprint(call, src, rollbackOnly, out, changes),
          readDbSql,
          readQueryDelete,
        ];
      },
    ),
};

/** Whether a chain starts at the `Schema` facade: `Schema::drop`, `Schema::connection('x')->drop`. */
function onFacade(call: Node, facade: string): boolean {
  const first = phpChain(call)[0];
  return first?.type === 'scoped_call_expression' && phpClassName(phpReceiver(first)) === facade;
}

function readSchemaDrop(call: Node, src: string, rollbackOnly: boolean, out: MigrationCollector): void {
  const name = phpCallName(call);
  if (!name || !onFacade(call, 'Schema')) return;
  const method = name.text;
  if (method !== 'drop' && method !== 'dropIfExists' && method !== 'dropAllTables') return;
  const target = method === 'dropAllTables' ? 'every table' : (phpStringValue(phpArguments(call)[0], src) ?? '?');
  out.operation({
    kind: 'drop-table',
    call: `Schema::${method}`,
    target,
    span: spanOf(name),
    unit: spanOf(phpUnitOf(call)),
    rollbackOnly,
  });
}

/** `Schema::table('users', function (Blueprint $table) { ... })`: the table and the closure's parameter. */
function blueprintOf(call: Node, src: string): { table: string; variable: string; body: Node } | undefined {
  const name = phpCallName(call)?.text;
  if (call.type !== 'scoped_call_expression' || phpClassName(phpReceiver(call)) !== 'Schema') return undefined;
  if (name !== 'table' && name !== 'create') return undefined;
  const [tableArg, closure] = phpArguments(call);
  if (
    !closure ||
    !['anonymous_function', 'arrow_function', 'anonymous_function_creation_expression'].includes(closure.type)
  )
    return undefined;
  const parameter = closure.childForFieldName('parameters')?.namedChildren[0]?.childForFieldName('name');
  const body = closure.childForFieldName('body');
  if (!parameter || !body) return undefined;
  return { table: phpStringValue(tableArg, src) ?? '?', variable: parameter.text, body };
}

/** Calls made directly on the blueprint variable: `$table->dropColumn(...)`, `$table->string('x')->change()`. */
function blueprintCalls(body: Node, variable: string): Node[] {
  return phpCalls(body).filter((c) => {
    const receiver = phpReceiver(c);
    return receiver?.type === 'variable_name' && receiver.text === variable;
  });
}

function readBlueprint(
  call: Node,
  src: string,
  rollbackOnly: boolean,
  out: MigrationCollector,
  changes: ColumnChange[],
): void {
  const blueprint = blueprintOf(call, src);
  if (!blueprint) return;
  const { table } = blueprint;
  const calls = blueprintCalls(blueprint.body, blueprint.variable);
  // A column whose foreign key the same closure drops is a reference: the link goes with its values.
  const referenced = new Set<string>();
  for (const c of calls) {
    if (phpCallName(c)?.text !== 'dropForeign') continue;
    for (const column of foreignKeyColumns(phpArguments(c)[0], src, table)) referenced.add(column);
  }
  for (const c of calls) {
    const name = phpCallName(c)!;
    const method = name.text;
    const unit = spanOf(phpUnitOf(c));
    let columns: string[] = [];
    if (method === 'dropColumn' || method === 'dropColumns') columns = columnArguments(c, src);
    else if (method === 'dropMorphs' || method === 'dropNullableMorphs') {
      const base = phpStringValue(phpArguments(c)[0], src) ?? '?';
      columns = [`${base}_type`, `${base}_id`];
    } else if (FIXED_COLUMN_DROPS[method]) columns = FIXED_COLUMN_DROPS[method];
    else if (method === 'dropConstrainedForeignId' || method === 'dropConstrainedForeignIdFor') {
      out.operation({
        kind: 'drop-reference',
        call: `$table->${method}`,
        target: `${table}.${phpStringValue(phpArguments(c)[0], src) ?? '?'}`,
        span: spanOf(name),
        unit,
        rollbackOnly,
      });
    }
    if (columns.length === 0) continue;
    const references = columns.filter((col) => referenced.has(col));
    const plain = columns.filter((col) => !referenced.has(col));
    if (references.length > 0)
      out.operation({
        kind: 'drop-reference',
        call: `dropForeign + ${method}`,
        target: references.map((col) => `${table}.${col}`).join(', '),
        span: spanOf(name),
        unit,
        rollbackOnly,
      });
    if (plain.length > 0)
      out.operation({
        kind: 'drop-column',
        call: `$table->${method}`,
        target: plain.map((col) => `${table}.${col}`).join(', '),
        span: spanOf(name),
        unit,
        rollbackOnly,
      });
  }
  for (const change of changes) {
    if (change.blueprint !== call.id) continue;
    const other = changes.find(
      (c) => c.table === change.table && c.column === change.column && c.rollbackOnly !== change.rollbackOnly,
    );
    if (!isLossyChange(other?.type, change.type)) continue;
    out.operation({
      kind: 'lossy-type-change',
      call: '->change()',
      target: `${change.table}.${change.column}`,
      detail: typeChangeDetail(other?.type, change.type),
      span: change.span,
      unit: change.unit,
      rollbackOnly: change.rollbackOnly,
    });
  }
}

/** `dropColumn('a')`, `dropColumn(['a', 'b'])`, `dropColumn('a', 'b')`. */
function columnArguments(call: Node, src: string): string[] {
  const columns: string[] = [];
  for (const arg of phpArguments(call)) {
    if (arg.type === 'array_creation_expression') columns.push(...arrayStrings(arg, src));
    else columns.push(phpStringValue(arg, src) ?? '?');
  }
  return columns;
}

/** `dropForeign(['user_id'])` names columns; `dropForeign('posts_user_id_foreign')` names the index Laravel derived from one. */
function foreignKeyColumns(arg: Node | undefined, src: string, table: string): string[] {
  if (!arg) return [];
  if (arg.type === 'array_creation_expression') return arrayStrings(arg, src);
  const index = phpStringValue(arg, src);
  if (!index) return [];
  const prefix = `${table}_`;
  const column = index.replace(/_foreign$/, '');
  return [column.startsWith(prefix) ? column.slice(prefix.length) : column];
}

function arrayStrings(array: Node, src: string): string[] {
  return array.namedChildren.map((e) => phpStringValue(e?.namedChildren[e.namedChildren.length - 1], src) ?? '?');
}

interface ColumnChange {
  blueprint: number;
  table: string;
  column: string;
  type: string;
  span: { start: number; end: number };
  unit: { start: number; end: number };
  rollbackOnly: boolean;
}

/** Every `$table->TYPE('column', ...)->change()` in the file, so up() and down() can be compared. */
function columnChanges(root: Node, src: string): ColumnChange[] {
  const changes: ColumnChange[] = [];
  for (const call of phpCalls(root)) {
    const blueprint = blueprintOf(call, src);
    if (!blueprint) continue;
    for (const change of phpCalls(blueprint.body)) {
      const name = phpCallName(change);
      if (name?.text !== 'change' || phpArguments(change).length > 0) continue;
      const definition = phpChain(change).find((c) => {
        const receiver = phpReceiver(c);
        return receiver?.type === 'variable_name' && receiver.text === blueprint.variable;
      });
      if (!definition) continue;
      const column = phpStringValue(phpArguments(definition)[0], src);
      const type = sqlTypeOf(definition);
      if (!column || !type) continue;
      changes.push({
        blueprint: call.id,
        table: blueprint.table,
        column,
        type,
        span: spanOf(phpCallName(definition)!),
        unit: spanOf(phpUnitOf(change)),
        rollbackOnly: phpMethodName(call) === 'down',
      });
    }
  }
  return changes;
}

const SIMPLE_TYPES: Record<string, string> = {
  text: 'text',
  mediumText: 'mediumtext',
  longText: 'longtext',
  tinyText: 'varchar(255)',
  integer: 'integer',
  unsignedInteger: 'integer',
  tinyInteger: 'tinyint',
  unsignedTinyInteger: 'tinyint',
  smallInteger: 'smallint',
  unsignedSmallInteger: 'smallint',
  mediumInteger: 'mediumint',
  unsignedMediumInteger: 'mediumint',
  bigInteger: 'bigint',
  unsignedBigInteger: 'bigint',
  boolean: 'boolean',
  date: 'date',
  dateTime: 'timestamp',
  dateTimeTz: 'timestamp',
  timestamp: 'timestamp',
  timestampTz: 'timestamp',
  json: 'json',
  jsonb: 'jsonb',
  uuid: 'uuid',
  float: 'float',
  double: 'double',
};

/** The SQL type a Blueprint column method declares: `string('name', 50)` is `varchar(50)`. */
function sqlTypeOf(definition: Node): string | undefined {
  const method = phpCallName(definition)?.text ?? '';
  const args = phpArguments(definition).slice(1);
  const number = (i: number) => (args[i]?.type === 'integer' ? Number(args[i]!.text) : undefined);
  if (method === 'string') return `varchar(${number(0) ?? 255})`;
  if (method === 'char') return `char(${number(0) ?? 255})`;
  if (method === 'decimal' || method === 'unsignedDecimal') return `decimal(${number(0) ?? 8},${number(1) ?? 2})`;
  return SIMPLE_TYPES[method];
}

/** `DB::statement('...')`, `DB::unprepared(<<<'SQL' ... SQL)`, `DB::connection('x')->statement(...)`. */
function readDbSql(call: Node, src: string, rollbackOnly: boolean, out: MigrationCollector): void {
  const name = phpCallName(call);
  if (!name || !DB_SQL.has(name.text) || !onFacade(call, 'DB')) return;
  const chain = phpChain(call);
  // DB::table('t')->delete() is the query builder, not SQL.
  if (chain.length > 1 && phpCallName(chain[0]!)?.text !== 'connection') return;
  const sql = phpArguments(call)[0];
  if (!sql) return;
  out.sqlArgument(phpSqlArgument(sql, src), `DB::${name.text}`, spanOf(name), spanOf(phpUnitOf(call)), rollbackOnly);
}

/** `DB::table('t')->delete()`, `->truncate()`, `Model::query()->delete()`, `Model::truncate()` with no where. */
function readQueryDelete(call: Node, src: string, rollbackOnly: boolean, out: MigrationCollector): void {
  const name = phpCallName(call);
  if (!name || (name.text !== 'delete' && name.text !== 'truncate')) return;
  if (name.text === 'delete' && phpArguments(call).length > 0) return;
  const chain = phpChain(call);
  const first = chain[0]!;
  if (first.type !== 'scoped_call_expression') return;
  const facade = phpClassName(phpReceiver(first));
  if (!facade || facade === 'Schema' || facade === 'parent' || facade === 'self' || facade === 'static') return;
  if (chain.some((c) => BOUNDING.test(phpCallName(c)?.text ?? ''))) return;
  let target: string;
  if (facade === 'DB') {
    if (phpCallName(first)?.text !== 'table') return;
    target = phpStringValue(phpArguments(first)[0], src) ?? '?';
  } else target = facade;
  const spelled =
    facade === 'DB'
      ? `DB::table()->${name.text}()`
      : chain.length === 1
        ? `${facade}::${name.text}()`
        : `${facade}::query()->${name.text}()`;
  out.operation({
    kind: name.text === 'truncate' ? 'truncate' : 'unbounded-delete',
    call: spelled,
    target,
    span: spanOf(name),
    unit: spanOf(phpUnitOf(call)),
    rollbackOnly,
  });
}
