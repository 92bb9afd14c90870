import type { Rule } from '../../core/rule.js';
import { isLossy } from '../../parsers/sql/lossy-types.js';
import type { QualifiedName } from '../../core/sql-operations.js';
import { createsOf, displayName, nameKey, operationsOf, type SqlDocument } from './lib/document.js';
import { stateAt, type SchemaState } from './lib/schema-state.js';
import { wideningReason } from '../../parsers/migrations/current-columns.js';

/** Functions and casts in a USING clause that throw information away. */
const CUTTING_USING =
  /\b(left|substr|substring|trunc|truncate|round|floor|ceil|ceiling|date_trunc)\s*\(|::\s*(int|integer|smallint|bigint|int[248]|date|varchar\s*\(|char\s*\()|\bas\s+(int|integer|smallint|date)\b|^null$/i;

export const lossyTypeChange: Rule<SqlDocument, 'lossy' | 'lossyUnknown' | 'lossyUsing' | 'widening'> = {
  meta: {
    id: 'sql/lossy-type-change',
    family: 'sql',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A column type change that loses information: numbers to integers, shorter strings, timestamps to dates, or a USING that cuts.',
    messages: {
      lossy: 'changing {table}.{column} from {from} to {to} loses information in existing rows',
      lossyUnknown:
        'changing {table}.{column} to {to} can lose information in existing rows; its current type is unknown (no earlier migration or schema file defines it)',
      widening:
        'changing {table}.{column} from {from} to {to} keeps every stored value (the type is read from {source})',
      lossyUsing: 'changing {table}.{column} to {to} USING {using} rewrites every row and loses information',
    },
    examples: {
      invalid: [
        { code: 'ALTER TABLE products ALTER COLUMN price TYPE integer;', line: 1 },
        {
          code: 'CREATE TABLE notes (id int, body varchar(500));\nALTER TABLE notes ALTER COLUMN body TYPE varchar(100);',
          line: 2,
        },
        { code: 'ALTER TABLE events\n  ALTER COLUMN happened_at TYPE date USING happened_at::date;', line: 2 },
        { code: 'ALTER TABLE products MODIFY COLUMN price INT NOT NULL;', line: 1, path: 'db/mysql/V5__price.sql' },
      ],
      valid: [
        'ALTER TABLE users ALTER COLUMN id TYPE bigint;',
        'ALTER TABLE users ALTER COLUMN bio TYPE text;',
        'CREATE TABLE notes (id int, body varchar(100));\nALTER TABLE notes ALTER COLUMN body TYPE varchar(500);',
      ],
    },
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, 'alter-column-type')) {
      const to = displayType(operation.newType.toLowerCase());
      const known = knownType(doc, operation.table, operation.column, operation.span.start);
      const from = known?.type === undefined ? undefined : displayType(known.type);
      const data = {
        table: displayName(operation.table),
        column: operation.column,
        to,
        from: from ?? 'its current type',
      };
      const using = operation.using?.trim();
      if (using && !castsToNewType(using, operation.column, operation.newType) && CUTTING_USING.test(using)) {
        report({
          messageId: 'lossyUsing',
          data: { ...data, using },
          span: operation.span,
          unit,
        });
      } else if (isLossy(from, to)) {
        report({ messageId: from === undefined ? 'lossyUnknown' : 'lossy', data, span: operation.span, unit });
      } else if (known !== undefined && isLossy(undefined, to)) {
        // Blind, this change would block; the column's current type shows it widens.
        const target = `${data.table}.${operation.column}`;
        report({
          messageId: 'widening',
          data: { ...data, source: known.source },
          span: operation.span,
          unit,
          downgradedBecause: wideningReason(target, from!, to, known.source),
        });
      }
    }
  },
};

/**
 * The column's type just before the change, and where it was read: a CREATE TABLE earlier in
 * this file, the SQL migrations before this one (base tree), or a schema file beside them
 * (`prisma/schema.prisma`, `db/schema.sql`); each with this file's statements up to the change
 * applied on top.
 */
function knownType(
  doc: SqlDocument,
  table: QualifiedName,
  column: string,
  before: number,
): { type: string; source: string } | undefined {
  let found: string | undefined;
  for (const create of createsOf(doc, table)) {
    if (create.span.start >= before) continue;
    found = create.columns.find((c) => c.name.toLowerCase() === column.toLowerCase())?.type ?? found;
  }
  if (found !== undefined) return { type: found, source: 'a CREATE TABLE earlier in this file' };
  const lookup = (prior: SchemaState) => {
    const columns = stateAt(prior, doc, doc.text, before).get(nameKey(table));
    return Array.isArray(columns)
      ? columns.find((c) => c.name.toLowerCase() === column.toLowerCase())?.type?.toLowerCase()
      : undefined;
  };
  const history = doc.prior.size === 0 ? undefined : lookup(doc.prior);
  if (history !== undefined) return { type: history, source: 'the migrations before this one' };
  const file = doc.schemaFile;
  const fromFile = file ? lookup(file.state) : undefined;
  return fromFile === undefined ? undefined : { type: fromFile, source: file!.source };
}

/**
 * `USING col::T` or `USING CAST(col AS T)` with T the new type itself (Django's sqlmigrate writes
 * one for every AlterField): the same conversion as no USING at all, so the types decide.
 */
function castsToNewType(using: string, column: string, newType: string): boolean {
  const m =
    /^\(?\s*("?)([^"\s:()]+)\1\s*\)?\s*::\s*(.+)$/s.exec(using) ??
    /^cast\s*\(\s*("?)([^"\s()]+)\1\s+as\s+(.+)\)$/is.exec(using);
  if (!m || m[2]!.toLowerCase() !== column.toLowerCase()) return false;
  return sameType(m[3]!, newType);
}

const TYPE_SYNONYMS: Record<string, string> = {
  int: 'int4',
  integer: 'int4',
  bigint: 'int8',
  smallint: 'int2',
  real: 'float4',
  'double precision': 'float8',
  boolean: 'bool',
  'character varying': 'varchar',
  character: 'bpchar',
  char: 'bpchar',
  'timestamp with time zone': 'timestamptz',
  'timestamp without time zone': 'timestamp',
  decimal: 'numeric',
};

function sameType(a: string, b: string): boolean {
  const norm = (t: string) => {
    const lower = t.toLowerCase().replace(/"/g, '').replace(/\s+/g, ' ').trim();
    const m = /^([a-z_ ]+?)\s*(\(.*\))?$/.exec(lower);
    if (!m) return lower.replace(/\s/g, '');
    return (TYPE_SYNONYMS[m[1]!] ?? m[1]!) + (m[2] ?? '').replace(/\s/g, '');
  };
  return norm(a) === norm(b);
}

/** Postgres's internal names as people write them: the parser reports `int4` for `integer`. */
const DISPLAY: Record<string, string> = {
  int2: 'smallint',
  int4: 'integer',
  int8: 'bigint',
  float4: 'real',
  float8: 'double precision',
  bool: 'boolean',
  timestamptz: 'timestamp with time zone',
};

function displayType(type: string): string {
  return DISPLAY[type] ?? type.replace(/^bpchar\b/, 'char');
}
