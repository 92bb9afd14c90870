import type { Rule } from '../../core/rule.js';
import { columnAddedEarlier } from './lib/made-here.js';
import { displayName, heldDataBefore, nameKey, operationsOf, type SqlDocument } from './lib/document.js';
import { stateAt } from './lib/schema-state.js';
import type { QualifiedName } from '../../core/sql-operations.js';

/**
 * Why dropping the column loses nothing, when the history (or this file) defines it as generated:
 * its values are computed from other columns, and adding it back with its expression restores
 * every one (Atlas does not report a virtual column either).
 */
function generatedColumnReason(doc: SqlDocument, table: QualifiedName, column: string, at: number): string | undefined {
  const columns = stateAt(doc.prior, doc, doc.text, at).get(nameKey(table));
  const found = Array.isArray(columns) ? columns.find((c) => c.name.toLowerCase() === column.toLowerCase()) : undefined;
  return found?.generated
    ? `${displayName(table)}.${column} is a generated column: its values are computed from other columns and come back with its expression`
    : undefined;
}

export const dropColumn: Rule<SqlDocument, 'dropColumn'> = {
  meta: {
    id: 'sql/drop-column',
    family: 'sql',
    kind: 'destructive',
    defaultSeverity: 'block',
    description: 'ALTER TABLE ... DROP COLUMN: the column and its value in every row are gone.',
    messages: { dropColumn: 'DROP COLUMN {column} on {table} destroys that column in every row' },
    examples: {
      invalid: [
        { code: 'ALTER TABLE users DROP COLUMN phone;', line: 1 },
        {
          code: 'ALTER TABLE users\n  DROP COLUMN fax,\n  DROP COLUMN pager;',
          line: 3,
          path: 'db/mysql/V3__cleanup.sql',
        },
        { code: 'ALTER TABLE users DROP middle_name;', line: 1, path: 'db/mysql/V4__cleanup.sql' },
      ],
      valid: [
        'ALTER TABLE orders DROP CONSTRAINT orders_currency_not_null;',
        'ALTER TABLE users ADD COLUMN dropped_at timestamptz;',
        'ALTER TABLE orders ALTER COLUMN currency DROP NOT NULL;',
        'ALTER TABLE users ADD COLUMN scratch int;\nUPDATE users SET scratch = 1 WHERE id < 10;\nALTER TABLE users DROP COLUMN scratch;',
      ],
    },
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, 'drop-column')) {
      if (!heldDataBefore(doc, operation.table, operation.span.start)) continue;
      // A column this migration added holds only what the migration wrote into it.
      if (columnAddedEarlier(doc, operation.table, operation.column, operation.span.start)) continue;
      const data = { column: operation.column, table: displayName(operation.table) };
      const routine =
        generatedColumnReason(doc, operation.table, operation.column, operation.span.start) ??
        doc.createdInChange?.(operation.table, operation.column);
      report({
        messageId: 'dropColumn',
        data,
        span: operation.span,
        unit,
        ...(routine ? { downgradedBecause: routine } : {}),
      });
    }
  },
};
