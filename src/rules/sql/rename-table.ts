import type { Rule } from '../../core/rule.js';
import { displayName, operationsOf, type SqlDocument } from './lib/document.js';

export const renameTable: Rule<SqlDocument, 'renameTable'> = {
  meta: {
    id: 'sql/rename-table',
    family: 'sql',
    kind: 'destructive',
    defaultSeverity: 'warn',
    description: 'Renaming a table breaks every running reader and writer that still uses the old name.',
    messages: { renameTable: 'renaming table {from} to {to} breaks code that still uses the old name' },
    examples: {
      invalid: [
        { code: 'ALTER TABLE orders RENAME TO orders_v1;', line: 1 },
        { code: 'RENAME TABLE orders TO orders_old;', line: 1, path: 'db/mysql/V8__rename.sql' },
      ],
      valid: ['ALTER INDEX orders_idx RENAME TO orders_status_idx;'],
    },
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, 'rename-table')) {
      report({
        messageId: 'renameTable',
        data: { from: displayName(operation.from), to: operation.to },
        span: operation.span,
        unit,
      });
    }
  },
};
