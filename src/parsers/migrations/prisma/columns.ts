import { isLossy } from '../../sql/lossy-types.js';
import type { PrismaBlock, PrismaField } from './schema.js';

/** Prisma's scalar types; a field of any other type is an enum, a composite type or a relation. */
const SCALARS = new Set(['String', 'Boolean', 'Int', 'BigInt', 'Float', 'Decimal', 'DateTime', 'Json', 'Bytes']);

/**
 * Scalar changes Prisma can carry over without losing a value; every other change of scalar type
 * (String -> Int, Decimal -> Int, String -> DateTime) loses values or makes Prisma drop and
 * re-create the column.
 */
const WIDENING: Record<string, readonly string[]> = {
  Int: ['BigInt', 'Float', 'Decimal', 'String'],
  BigInt: ['Decimal', 'String'],
  Float: ['Decimal', 'String'],
  Decimal: ['String'],
  Boolean: ['Int', 'BigInt', 'String'],
  DateTime: ['String'],
  Json: ['String'],
  Enum: ['String'],
};

/** The database name of a model (its `@@map`, else its name), with its `@@schema` if any. */
export function tableNameOf(model: PrismaBlock): string {
  const map = model.attributes.find((a) => a.name === 'map');
  const schema = model.attributes.find((a) => a.name === 'schema')?.args[0];
  const name = map?.args[0] ?? map?.named.get('name') ?? model.name;
  return schema ? `${schema}.${name}` : name;
}

/** The database column of a field: its `@map`, else its name. */
export function columnNameOf(field: PrismaField): string {
  const map = field.attributes.find((a) => a.name === 'map');
  return map?.args[0] ?? map?.named.get('name') ?? field.name;
}

/** How a field is stored: a scalar, an enum, or not a column at all (a relation, a composite type). */
export function storageOf(field: PrismaField, enums: ReadonlySet<string>): 'scalar' | 'enum' | undefined {
  if (SCALARS.has(field.type) || field.type === 'Unsupported') return 'scalar';
  if (enums.has(field.type)) return 'enum';
  return undefined;
}

/** The database type of a field, for comparing widths: `@db.VarChar(50)` -> `varchar(50)`, String -> `text`. */
export function nativeTypeOf(field: PrismaField, provider: string | undefined): string | undefined {
  const native = field.attributes.find((a) => a.name.startsWith('db.'));
  if (native) {
    const name = native.name
      .slice(3)
      .replace(/^DoublePrecision$/, 'double precision')
      .toLowerCase();
    return native.args.length > 0 ? `${name}(${native.args.join(',')})` : name;
  }
  const mysql = provider === 'mysql';
  switch (field.type) {
    case 'String':
      return mysql ? 'varchar(191)' : 'text';
    case 'Int':
      return 'integer';
    case 'BigInt':
      return 'bigint';
    case 'Float':
      return 'double precision';
    case 'Decimal':
      return 'numeric(65,30)';
    case 'DateTime':
      return 'timestamp(3)';
    default:
      return undefined;
  }
}

/** Why changing a column from `base` to `head` loses values, or undefined when it keeps them. */
export function lossOf(
  base: PrismaField,
  head: PrismaField,
  enums: { base: ReadonlySet<string>; head: ReadonlySet<string> },
  provider: string | undefined,
): string | undefined {
  const from = describe(base, provider);
  const to = describe(head, provider);
  if (base.list !== head.list) return base.list ? `${from} -> ${to}` : undefined;
  const baseKind = enums.base.has(base.type) ? 'Enum' : base.type;
  const headKind = enums.head.has(head.type) ? 'Enum' : head.type;
  if (baseKind !== headKind) return WIDENING[baseKind]?.includes(headKind) ? undefined : `${from} -> ${to}`;
  // One enum for another: values the new enum does not have cannot be kept.
  if (baseKind === 'Enum') return base.type === head.type ? undefined : `${from} -> ${to}`;
  const fromNative = nativeTypeOf(base, provider);
  const toNative = nativeTypeOf(head, provider);
  if (!fromNative || !toNative || fromNative === toNative) return undefined;
  return isLossy(fromNative, toNative) ? `${from} -> ${to}` : undefined;
}

function describe(field: PrismaField, provider: string | undefined): string {
  const native = field.attributes.find((a) => a.name.startsWith('db.'));
  const type = `${field.type}${field.list ? '[]' : ''}`;
  if (native) return `${type} @${native.name}${native.args.length > 0 ? `(${native.args.join(', ')})` : ''}`;
  void provider;
  return type;
}
