import type { MigrationOperation } from '../types.js';
import { columnNameOf, lossOf, storageOf, tableNameOf } from './columns.js';
import type { PrismaBlock, PrismaSchema } from './schema.js';

/** What a schema change does to stored data: base-side drops (spans in the base), head-side type changes. */
export interface SchemaDiff {
  head: MigrationOperation[];
  base: MigrationOperation[];
}

function models(schema: PrismaSchema): Map<string, PrismaBlock> {
  const byTable = new Map<string, PrismaBlock>();
  for (const block of schema.blocks) if (block.keyword === 'model') byTable.set(tableNameOf(block), block);
  return byTable;
}

function enumNames(schema: PrismaSchema): Set<string> {
  return new Set(schema.blocks.filter((b) => b.keyword === 'enum').map((b) => b.name));
}

function providerOf(schema: PrismaSchema): string | undefined {
  return schema.blocks.find((b) => b.keyword === 'datasource')?.settings.get('provider')?.value;
}

/**
 * Compares models by the table they map to and fields by the column they map to, so renaming a
 * model or field in Prisma while `@@map`/`@map` keeps the database name is no drop, and changing
 * the database name is (Prisma drops and re-creates it).
 */
export function diffPrismaSchemas(base: PrismaSchema, head: PrismaSchema): SchemaDiff {
  const diff: SchemaDiff = { head: [], base: [] };
  const headModels = models(head);
  const enums = { base: enumNames(base), head: enumNames(head) };
  const provider = providerOf(head) ?? providerOf(base);
  for (const [table, baseModel] of models(base)) {
    const headModel = headModels.get(table);
    if (!headModel) {
      diff.base.push({
        kind: 'drop-table',
        call: `removing model ${baseModel.name}`,
        target: table,
        span: baseModel.header,
        unit: baseModel.span,
        rollbackOnly: false,
      });
      continue;
    }
    const headColumns = new Map(
      headModel.fields.filter((f) => storageOf(f, enums.head)).map((f) => [columnNameOf(f), f] as const),
    );
    for (const baseField of baseModel.fields) {
      if (!storageOf(baseField, enums.base)) continue;
      const column = columnNameOf(baseField);
      const headField = headColumns.get(column);
      if (!headField) {
        diff.base.push({
          kind: 'drop-column',
          call: `removing field ${baseModel.name}.${baseField.name}`,
          target: `${table}.${column}`,
          span: baseField.nameSpan,
          unit: baseField.span,
          rollbackOnly: false,
        });
        continue;
      }
      const loss = lossOf(baseField, headField, enums, provider);
      if (loss) {
        diff.head.push({
          kind: 'lossy-type-change',
          call: `changing the type of ${headModel.name}.${headField.name}`,
          target: `${table}.${column}`,
          detail: loss,
          span: headField.typeSpan,
          unit: headField.span,
          rollbackOnly: false,
        });
      }
    }
  }
  return diff;
}
