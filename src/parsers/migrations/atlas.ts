import type { HclBlock, HclExpr, HclFile } from '../hcl/syntax.js';
import { parseHcl } from '../hcl/syntax.js';
import type { MigrationOperation, MigrationReader } from './types.js';
import { isAtlasSchema } from './recognise.js';

/**
 * Atlas declarative schemas (`schema.hcl`, `schema.pg.hcl`): `atlas schema apply` makes the
 * database match the file, so a table or column the file no longer has is dropped. The base and
 * head schemas are compared table by table and column by column; what is gone is reported on
 * the base side, where it was written. Versioned migrations Atlas writes are SQL files, read by
 * the SQL family.
 */
export const atlasReader: MigrationReader = {
  framework: 'atlas',
  grammar: 'hcl',
  recognises: isAtlasSchema,
  read(file) {
    // An added schema destroys nothing; a removed one ends the declarative workflow, not a migration.
    if (file.text === '' || file.baseText === undefined) return { operations: [], sql: [], dynamicSql: [] };
    const head = parsed(file.text, 'new');
    const base = parsed(file.baseText, 'old');
    return { operations: [], sql: [], dynamicSql: [], baseOperations: removed(base, head) };
  },
};

function parsed(text: string, side: string): HclFile {
  const file = parseHcl(text);
  const error = file.errors[0];
  // Fail closed: a schema read only in part could hide a removed table.
  if (error)
    throw new Error(`the ${side} schema could not be parsed at line ${text.slice(0, error.start).split('\n').length}`);
  return file;
}

/** `table "users" { schema = schema.public ... }` by `public.users`. */
function tables(file: HclFile): Map<string, HclBlock> {
  const byName = new Map<string, HclBlock>();
  for (const block of file.blocks) {
    if (block.type !== 'table' || block.labels.length === 0) continue;
    const schema = block.attributes.find((a) => a.name === 'schema')?.value;
    byName.set(`${schemaName(schema)}.${block.labels[0]!}`, block);
  }
  return byName;
}

function schemaName(expr: HclExpr | undefined): string {
  return expr?.kind === 'traversal' && expr.root === 'schema' ? String(expr.steps[0] ?? '') : '';
}

function removed(base: HclFile, head: HclFile): MigrationOperation[] {
  const out: MigrationOperation[] = [];
  const headTables = tables(head);
  for (const [key, table] of tables(base)) {
    const name = table.labels[0]!;
    const target = key.startsWith('.') ? name : key;
    const kept = headTables.get(key);
    if (!kept) {
      out.push({
        kind: 'drop-table',
        call: `removing table "${name}" from the Atlas schema`,
        target,
        span: table.header,
        unit: table.span,
        rollbackOnly: false,
      });
      continue;
    }
    const columns = new Set(kept.blocks.filter((b) => b.type === 'column').map((b) => b.labels[0]));
    for (const column of table.blocks) {
      if (column.type !== 'column' || !column.labels[0] || columns.has(column.labels[0])) continue;
      out.push({
        kind: 'drop-column',
        call: `removing column "${column.labels[0]}" from the Atlas schema`,
        target: `${target}.${column.labels[0]}`,
        span: column.header,
        unit: column.span,
        rollbackOnly: false,
      });
    }
  }
  return out;
}
