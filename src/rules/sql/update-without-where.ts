import type { Rule } from '../../core/rule.js';
import { displayName, heldDataBefore, operationsOf, type SqlDocument } from './lib/document.js';

export const updateWithoutWhere: Rule<SqlDocument, 'updateAll'> = {
  meta: {
    id: 'sql/update-without-where',
    family: 'sql',
    kind: 'destructive',
    defaultSeverity: 'block',
    description: 'UPDATE with no WHERE clause overwrites the column in every row; the old values are gone.',
    messages: { updateAll: 'UPDATE {name} has no WHERE clause and overwrites every row' },
    examples: {
      invalid: [
        { code: '-- rebuild later\nUPDATE wallets SET balance_cents = 0, updated_at = now();', line: 2 },
        { code: 'UPDATE `users` SET `email` = NULL;', line: 1, path: 'db/mysql/V7__null_emails.sql' },
      ],
      valid: [
        'UPDATE wallets SET balance_cents = 0 WHERE id = 42;',
        'INSERT INTO t (k, v) VALUES (1, 2) ON CONFLICT (k) DO UPDATE SET v = EXCLUDED.v;',
      ],
    },
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, 'update')) {
      if (operation.where !== 'none') continue;
      if (!heldDataBefore(doc, operation.table, operation.span.start)) continue;
      report({ messageId: 'updateAll', data: { name: displayName(operation.table) }, span: operation.span, unit });
    }
  },
};
