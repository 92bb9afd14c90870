import type { Rule } from '../../core/rule.js';
import { columnAddedEarlier } from './lib/made-here.js';
import { displayName, heldDataBefore, operationsOf, type SqlDocument } from './lib/document.js';

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
      report({ messageId: 'dropColumn', data, span: operation.span, unit });
    }
  },
};
