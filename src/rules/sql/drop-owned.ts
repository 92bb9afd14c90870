import type { Rule } from '../../core/rule.js';
import { operationsOf, type SqlDocument } from './lib/document.js';

export const dropOwned: Rule<SqlDocument, 'dropOwned'> = {
  meta: {
    id: 'sql/drop-owned',
    family: 'sql',
    kind: 'destructive',
    defaultSeverity: 'block',
    description: 'DROP OWNED BY drops every object the role owns in the database, tables included.',
    messages: { dropOwned: 'DROP OWNED BY {roles} drops every table and object those roles own' },
    examples: {
      invalid: [{ code: 'REVOKE ALL ON SCHEMA app FROM legacy;\nDROP OWNED BY legacy CASCADE;', line: 2 }],
      valid: ['REASSIGN OWNED BY legacy TO app;\nDROP OWNED BY legacy;\nDROP ROLE legacy;'],
    },
  },
  check(doc, report) {
    const reassigned = operationsOf(doc, 'reassign-owned');
    for (const { operation, unit } of operationsOf(doc, 'drop-owned')) {
      // REASSIGN OWNED first is the documented way to retire a role: nothing is left to drop but grants.
      const roles = operation.roles.filter(
        (role) =>
          !reassigned.some(
            (r) =>
              r.operation.span.start < operation.span.start &&
              r.operation.roles.some((x) => x.toLowerCase() === role.toLowerCase()),
          ),
      );
      if (roles.length === 0) continue;
      report({ messageId: 'dropOwned', data: { roles: roles.join(', ') }, span: operation.span, unit });
    }
  },
};
