import type { Rule } from '../../core/rule.js';
import { isLossy } from '../../parsers/sql/lossy-types.js';
import type { QualifiedName } from '../../parsers/sql/operations.js';
import { createsOf, displayName, nameKey, operationsOf, type SqlDocument } from './document.js';
import { stateAt } from './schema-state.js';

/** Functions and casts in a USING clause that throw information away. */
const CUTTING_USING =
  /\b(left|substr|substring|trunc|truncate|round|floor|ceil|ceiling|date_trunc)\s*\(|::\s*(int|integer|smallint|bigint|int[248]|date|varchar\s*\(|char\s*\()|\bas\s+(int|integer|smallint|date)\b|^null$/i;

export const lossyTypeChange: Rule<SqlDocument, 'lossy' | 'lossyUsing' | 'widening'> = {
  meta: {
    id: 'sql/lossy-type-change',
    family: 'sql',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A column type change that loses information: numbers to integers, shorter strings, timestamps to dates, or a USING that cuts.',
    messages: {
      lossy: 'changing {table}.{column} from {from} to {to} loses information in existing rows',
      widening:
        'changing {table}.{column} from {from} to {to} keeps every stored value (the type is read from the migrations before this one)',
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
      } else if (from !== undefined && isLossy(undefined, to)) {
        // Blind, this change would block; the column's current type shows it widens.
        report({
          messageId: 'widening',
          data,
          span: operation.span,
          unit,
          downgradedBecause: `widening: ${data.table}.${operation.column} is ${from} now, and ${to} holds every ${from} value`,
        });
      }
    }
  },
};

/** The column's type from a CREATE TABLE earlier in the same file, if there is one. */
function knownType(doc: SqlDocument, table: QualifiedName, column: string, before: number): string | undefined {
  let found: string | undefined;
  for (const create of createsOf(doc, table)) {
    if (create.span.start >= before) continue;
    found = create.columns.find((c) => c.name.toLowerCase() === column.toLowerCase())?.type ?? found;
  }
  if (found !== undefined || doc.prior.size === 0) return found;
  // The migrations before this one, replayed from the base tree, with this file up to the change.
  const columns = stateAt(doc.prior, doc, doc.text, before).get(nameKey(table));
  return Array.isArray(columns)
    ? columns.find((c) => c.name.toLowerCase() === column.toLowerCase())?.type?.toLowerCase()
    : undefined;
}
