import type { Rule } from '../../core/rule.js';
import { displayName, operationsOf, type SqlDocument } from './lib/document.js';

export const renameColumn: Rule<SqlDocument, 'renameColumn'> = {
  meta: {
    id: 'sql/rename-column',
    family: 'sql',
    kind: 'destructive',
    defaultSeverity: 'warn',
    description: 'Renaming a column breaks every running reader and writer that still uses the old name.',
    messages: { renameColumn: 'renaming column {table}.{from} to {to} breaks code that still uses the old name' },
    examples: {
      invalid: [{ code: 'ALTER TABLE users RENAME COLUMN email TO email_address;', line: 1 }],
      valid: ['ALTER TABLE users ADD COLUMN email_address text;'],
    },
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, 'rename-column')) {
      const data = { table: displayName(operation.table), from: operation.from, to: operation.to };
      report({ messageId: 'renameColumn', data, span: operation.span, unit });
    }
  },
};
