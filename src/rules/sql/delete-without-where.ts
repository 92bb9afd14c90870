import type { Rule } from '../../core/rule.js';
import { displayName, heldDataBefore, operationsOf, type SqlDocument } from './lib/document.js';

export const deleteWithoutWhere: Rule<SqlDocument, 'deleteAll'> = {
  meta: {
    id: 'sql/delete-without-where',
    family: 'sql',
    kind: 'destructive',
    defaultSeverity: 'block',
    description: 'DELETE with no WHERE clause removes every row of the table.',
    messages: { deleteAll: 'DELETE FROM {name} has no WHERE clause and deletes every row' },
    examples: {
      invalid: [
        { code: 'DELETE FROM sessions;', line: 1 },
        { code: 'WITH gone AS (\n  DELETE FROM api_keys RETURNING id\n)\nSELECT count(*) FROM gone;', line: 2 },
      ],
      valid: [
        'DELETE FROM sessions WHERE expires_at < now();',
        'CREATE TABLE a (id int REFERENCES b(id) ON DELETE CASCADE);',
        "INSERT INTO lessons (body) VALUES ('Never run DELETE FROM orders;');",
      ],
    },
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, 'delete')) {
      if (operation.where !== 'none') continue;
      if (!heldDataBefore(doc, operation.table, operation.span.start)) continue;
      report({ messageId: 'deleteAll', data: { name: displayName(operation.table) }, span: operation.span, unit });
    }
  },
};
