import type { Rule } from '../../core/rule.js';
import type { QualifiedName } from '../../parsers/sql/operations.js';
import { createsOf, displayName, operationsOf, type SqlDocument } from './document.js';

const INTEGER = /^(tiny|small|medium|big)?int(eger)?\d?(\(\d+\))?$|^int[248]$|^(small|big)?serial\d?$/;
const NARROW_INTEGER = /^(tinyint|smallint|int2|mediumint)(\(\d+\))?$|^(int|integer|int4)(\(\d+\))?$/;
const FRACTIONAL = /^(numeric|decimal|real|float|double|money|float4|float8|number)/;
const TEXTUAL =
  /^(text|varchar|character varying|char|character|nvarchar|nchar|string|bpchar|citext|clob|longtext|mediumtext)/;
const TIMESTAMP = /^(timestamp|timestamptz|datetime|datetime2|datetimeoffset)/;
/** Functions and casts in a USING clause that throw information away. */
const CUTTING_USING =
  /\b(left|substr|substring|trunc|truncate|round|floor|ceil|ceiling|date_trunc)\s*\(|::\s*(int|integer|smallint|bigint|int[248]|date|varchar\s*\(|char\s*\()|\bas\s+(int|integer|smallint|date)\b|^null$/i;

export const lossyTypeChange: Rule<SqlDocument, 'lossy' | 'lossyUsing'> = {
  meta: {
    id: 'sql/lossy-type-change',
    family: 'sql',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A column type change that loses information: numbers to integers, shorter strings, timestamps to dates, or a USING that cuts.',
    messages: {
      lossy: 'changing {table}.{column} from {from} to {to} loses information in existing rows',
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
      const to = operation.newType.toLowerCase();
      const from = knownType(doc, operation.table, operation.column, operation.span.start);
      const data = {
        table: displayName(operation.table),
        column: operation.column,
        to,
        from: from ?? 'its current type',
      };
      if (operation.using && CUTTING_USING.test(operation.using.trim())) {
        report({
          messageId: 'lossyUsing',
          data: { ...data, using: operation.using.trim() },
          span: operation.span,
          unit,
        });
      } else if (isLossy(from, to)) {
        report({ messageId: 'lossy', data, span: operation.span, unit });
      }
    }
  },
};

/** Lossy when the old type is known to hold more; with the old type unknown, only a narrow integer target is suspect. */
export function isLossy(from: string | undefined, to: string): boolean {
  if (from === undefined) return NARROW_INTEGER.test(to);
  if (INTEGER.test(to)) return FRACTIONAL.test(from) || TEXTUAL.test(from) || integerWidth(to) < integerWidth(from);
  if (TEXTUAL.test(to)) {
    const newLength = length(to);
    if (newLength === undefined) return false;
    const oldLength = TEXTUAL.test(from) ? length(from) : undefined;
    return oldLength === undefined ? TEXTUAL.test(from) : newLength < oldLength;
  }
  if (/^date$/.test(to)) return TIMESTAMP.test(from);
  if (FRACTIONAL.test(to) && FRACTIONAL.test(from)) {
    const [p1, s1] = precision(from);
    const [p2, s2] = precision(to);
    return (p2 !== undefined && p1 !== undefined && p2 < p1) || (s2 !== undefined && s1 !== undefined && s2 < s1);
  }
  return false;
}

function integerWidth(type: string): number {
  if (/^(tinyint)/.test(type)) return 1;
  if (/^(smallint|int2|smallserial)/.test(type)) return 2;
  if (/^(mediumint)/.test(type)) return 3;
  if (/^(bigint|int8|bigserial)/.test(type)) return 8;
  if (INTEGER.test(type)) return 4;
  return 16;
}

function length(type: string): number | undefined {
  const m = /\((\d+)\)/.exec(type);
  return m ? Number(m[1]) : undefined;
}

function precision(type: string): [number | undefined, number | undefined] {
  const m = /\((\d+)(?:\s*,\s*(\d+))?\)/.exec(type);
  return m ? [Number(m[1]), m[2] === undefined ? undefined : Number(m[2])] : [undefined, undefined];
}

/** The column's type from a CREATE TABLE earlier in the same file, if there is one. */
function knownType(doc: SqlDocument, table: QualifiedName, column: string, before: number): string | undefined {
  let found: string | undefined;
  for (const create of createsOf(doc, table)) {
    if (create.span.start >= before) continue;
    found = create.columns.find((c) => c.name.toLowerCase() === column.toLowerCase())?.type ?? found;
  }
  return found;
}
