import type { Rule } from '../../core/rule.js';
import { displayName, heldDataBefore, operationsOf, type SqlDocument } from './lib/document.js';

export const truncate: Rule<SqlDocument, 'truncate'> = {
  meta: {
    id: 'sql/truncate',
    family: 'sql',
    kind: 'destructive',
    defaultSeverity: 'block',
    description: 'TRUNCATE empties tables at once, with no WHERE and no per-row undo.',
    messages: { truncate: 'TRUNCATE {name} deletes every row' },
    examples: {
      invalid: [
        { code: 'BEGIN;\nTRUNCATE TABLE audit_events;\nCOMMIT;', line: 2 },
        { code: 'SET XACT_ABORT ON;\nTRUNCATE TABLE dbo.AuditTrail;', line: 2, path: 'db/sqlserver/0900_audit.sql' },
      ],
      valid: ['CREATE TEMP TABLE t (id int);\nTRUNCATE t;', "SELECT 'TRUNCATE audit_events';"],
    },
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, 'truncate')) {
      const lost = operation.tables.filter((n) => heldDataBefore(doc, n, operation.span.start));
      if (lost.length)
        report({ messageId: 'truncate', data: { name: lost.map(displayName).join(', ') }, span: operation.span, unit });
    }
  },
};
