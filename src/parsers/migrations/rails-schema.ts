import type { Node } from 'web-tree-sitter';
import type { BaseTree } from '../../core/types.js';
import { analyseSql } from '../sql/analyse.js';
import { parserFor } from '../tree-sitter/loader.js';
import { typeFromName, typeFromSql } from './column-types.js';
import { CurrentColumns } from './current-columns.js';
import { argumentsOf, nameOf, typeOf } from './ruby-arguments.js';
import { descendants } from './syntax.js';

/** `t.<method>` calls in a schema.rb table block that declare no column. */
const NOT_COLUMNS = new Set(['index', 'timestamps', 'check_constraint', 'foreign_key', 'exclusion_constraint']);

/**
 * The columns a Rails app has now, from the schema file its migrations keep beside them in the
 * base tree: `db/schema.rb` (or `db/<name>_schema.rb` for `db/<name>_migrate`), else
 * `db/structure.sql`. Undefined when the migration is not under a `db/*migrate` folder or neither
 * file can be read.
 */
export function railsCurrentColumns(migrationPath: string, baseTree: BaseTree | undefined): CurrentColumns | undefined {
  if (!baseTree) return undefined;
  const m = /^(.*?\bdb\/)(?:(\w+)_)?migrate\/[^/]+$/.exec(migrationPath);
  if (!m) return undefined;
  const prefix = `${m[1]}${m[2] === undefined ? '' : `${m[2]}_`}`;
  const schemaRb = baseTree.read(`${prefix}schema.rb`);
  if (schemaRb !== undefined) return readSchemaRb(schemaRb, `${prefix}schema.rb`);
  const structure = baseTree.read(`${prefix}structure.sql`);
  if (structure !== undefined) return readStructureSql(structure, `${prefix}structure.sql`);
  return undefined;
}

/** `create_table "products" do |t| t.decimal "price", precision: 10, scale: 2 ... end`, read with the Ruby grammar. */
export function readSchemaRb(text: string, source: string): CurrentColumns | undefined {
  const tree = parserFor('ruby').parse(text);
  if (!tree) return undefined;
  try {
    const current = new CurrentColumns(source);
    for (const call of descendants(tree.rootNode)) {
      if (call.type !== 'call' || call.childForFieldName('receiver')) continue;
      if (call.childForFieldName('method')?.text !== 'create_table') continue;
      const { positional, options } = argumentsOf(call);
      const table = nameOf(positional[0]);
      if (table === '?') continue;
      current.setTable(table);
      const id = options.get('id');
      const key = options.has('primary_key') ? nameOf(options.get('primary_key')) : 'id';
      if (id?.type === 'simple_symbol' && key !== '?') current.set(table, key, typeFromName(nameOf(id)));
      const block = call.childForFieldName('block');
      if (block) readColumns(block, table, current);
    }
    return current;
  } finally {
    tree.delete();
  }
}

function readColumns(block: Node, table: string, current: CurrentColumns): void {
  const param = block.childForFieldName('parameters')?.namedChildren[0]?.text;
  if (!param) return;
  for (const call of descendants(block)) {
    if (call.type !== 'call' || call.childForFieldName('receiver')?.text !== param) continue;
    const method = call.childForFieldName('method')?.text ?? '';
    if (NOT_COLUMNS.has(method)) continue;
    const { positional, options } = argumentsOf(call);
    // `t.column "name", :string, limit: 50` names its type; `t.string "name"` is the type.
    const typeNode = method === 'column' ? positional[1] : call.childForFieldName('method');
    if (!typeNode) continue;
    const type = typeOf(typeNode, options, method === 'column' ? undefined : method);
    for (const column of method === 'column' ? positional.slice(0, 1) : positional) {
      const name = nameOf(column);
      if (name !== '?') current.set(table, name, type);
    }
  }
}

/** `db/structure.sql` (pg_dump or mysqldump): the columns of each CREATE TABLE, read by the SQL parser. */
export function readStructureSql(text: string, source: string): CurrentColumns {
  const current = new CurrentColumns(source);
  const dialect = /^\s*--\s*MySQL dump|ENGINE\s*=/im.test(text) ? 'mysql' : 'postgres';
  for (const statement of analyseSql(text, dialect, { parseEverything: true }).statements) {
    for (const op of statement.operations) {
      if (op.op !== 'create-table' || op.temporary || op.columns.length === 0) continue;
      const table = op.name.join('.');
      current.setTable(
        table,
        op.columns.map((c) => [c.name, typeFromSql(c.type)] as const),
      );
    }
  }
  return current;
}
