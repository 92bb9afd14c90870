import type { BaseTree } from '../../../core/types.js';
import { columnNameOf, nativeTypeOf, storageOf, tableNameOf } from '../../../parsers/migrations/prisma/columns.js';
import { parsePrismaSchema } from '../../../parsers/migrations/prisma/schema.js';
import type { SqlAnalysis } from '../../../parsers/sql/analyse.js';
import type { ColumnDefinition } from '../../../core/sql-operations.js';
import { nameKey } from './document.js';
import { replaySchema, type SchemaState } from './schema-state.js';

/** The tables as a schema file kept beside the migrations says they are now, and which file said it. */
export interface SchemaFileState {
  state: SchemaState;
  source: string;
}

/**
 * The schema file a framework keeps beside a SQL migrations folder, read from the base tree: the
 * Prisma schema (`prisma/schema.prisma`, or the `prisma/schema/*.prisma` folder) for
 * `prisma/migrations/<ts>/migration.sql`, and a dump (`schema.sql` as dbmate keeps it,
 * `structure.sql`) beside `db/migrations/`. Undefined when there is none.
 */
export function schemaFileState(
  path: string,
  baseTree: BaseTree | undefined,
  analyse: (text: string) => SqlAnalysis,
): SchemaFileState | undefined {
  if (!baseTree) return undefined;
  const parts = path.split('/');
  const nested = parts.at(-1) === 'migration.sql' && parts.length >= 3;
  const folder = parts.slice(0, nested ? -2 : -1);
  const parent = folder.slice(0, -1).join('/');
  const at = (name: string) => (parent === '' ? name : `${parent}/${name}`);
  const prisma = baseTree.read(at('schema.prisma'));
  if (prisma !== undefined) return { state: prismaState([prisma]), source: at('schema.prisma') };
  const split = baseTree
    .list(at('schema'))
    .filter((p) => p.endsWith('.prisma') && !p.slice(at('schema/').length).includes('/'))
    .sort();
  if (split.length > 0) {
    const texts = split.map((p) => baseTree.read(p)).filter((t): t is string => t !== undefined);
    return { state: prismaState(texts), source: `${at('schema')}/*.prisma` };
  }
  for (const name of ['schema.sql', 'structure.sql']) {
    const text = baseTree.read(at(name));
    if (text === undefined) continue;
    const state: SchemaState = new Map();
    replaySchema(state, analyse(text), text);
    return { state, source: at(name) };
  }
  return undefined;
}

/** Each model's table and each scalar field's column, with the database type Prisma gives it. */
function prismaState(texts: string[]): SchemaState {
  const schemas = texts.map((t) => parsePrismaSchema(t));
  const provider = schemas
    .flatMap((s) => s.blocks)
    .find((b) => b.keyword === 'datasource')
    ?.settings.get('provider')?.value;
  const enums = new Set(schemas.flatMap((s) => s.blocks.filter((b) => b.keyword === 'enum').map((b) => b.name)));
  const state: SchemaState = new Map();
  for (const model of schemas.flatMap((s) => s.blocks).filter((b) => b.keyword === 'model')) {
    const columns: ColumnDefinition[] = [];
    for (const field of model.fields) {
      if (storageOf(field, enums) !== 'scalar' || field.list) continue;
      const type = nativeTypeOf(field, provider);
      if (type !== undefined) columns.push({ name: columnNameOf(field), type });
    }
    state.set(nameKey(tableNameOf(model).split('.')), columns);
  }
  return state;
}
