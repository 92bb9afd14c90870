import type { Rule } from '../../core/rule.js';
import { displayName, heldDataBefore, operationsOf, type SqlDocument } from './lib/document.js';

export const tautologicalWhere: Rule<SqlDocument, 'tautology'> = {
  meta: {
    id: 'sql/tautological-where',
    family: 'sql',
    kind: 'destructive',
    defaultSeverity: 'block',
    description: "DELETE or UPDATE whose WHERE is always true (1=1, TRUE, 'a'='a'): it touches every row.",
    messages: { tautology: '{verb} on {name} has a WHERE that is always true and touches every row' },
    examples: {
      invalid: [
        { code: 'DELETE FROM events\nWHERE 1=1;', line: 1 },
        { code: "UPDATE users SET admin = true WHERE 'a' = 'a';", line: 1 },
        {
          code: 'DELETE FROM `acme-prod.events.page_views`\nWHERE TRUE;',
          line: 1,
          path: 'warehouse/bigquery/reingest.sql',
        },
      ],
      valid: ['DELETE FROM events WHERE 1 = 0;', "DELETE FROM events WHERE created_at < now() - interval '90 days';"],
    },
  },
  check(doc, report) {
    for (const verb of ['delete', 'update'] as const) {
      for (const { operation, unit } of operationsOf(doc, verb)) {
        if (operation.where !== 'tautology') continue;
        if (!heldDataBefore(doc, operation.table, operation.span.start)) continue;
        const data = { verb: verb.toUpperCase(), name: displayName(operation.table) };
        report({ messageId: 'tautology', data, span: operation.span, unit });
      }
    }
  },
};
