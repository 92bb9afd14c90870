import type { Rule } from '../../core/rule.js';
import { displayName, operationsOf, type SqlDocument } from './lib/document.js';
import { codeTokenFrom, isWord } from './lib/tokens.js';

const WHAT: Record<string, string> = {
  type: 'every column of that type (and the tables whose rows need it) with it',
  extension: 'every object that depends on the extension with it: columns of its types, indexes, functions',
};

export const dropCascade: Rule<SqlDocument, 'cascade'> = {
  meta: {
    id: 'sql/drop-cascade',
    family: 'sql',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      '`DROP TYPE`, `DROP DOMAIN` or `DROP EXTENSION` with `CASCADE`: every column and object that depends on it is dropped too, with its data.',
    messages: { cascade: 'DROP {what} {name} CASCADE drops {consequence}' },
    examples: {
      invalid: [
        { code: 'DROP TYPE order_status CASCADE;', line: 1 },
        { code: 'SELECT 1;\nDROP EXTENSION IF EXISTS postgis CASCADE;', line: 2 },
        { code: 'DROP DOMAIN email_address CASCADE;', line: 1 },
      ],
      valid: [
        'DROP TYPE order_status;',
        'DROP EXTENSION IF EXISTS pg_trgm RESTRICT;',
        'DROP VIEW recent_orders CASCADE;',
      ],
    },
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, 'drop')) {
      const consequence = WHAT[operation.objectType];
      if (!consequence || !operation.cascade) continue;
      const names = operation.names.map(displayName);
      const next = codeTokenFrom(doc, operation.span.end);
      const what = isWord(next, 'DOMAIN') ? 'DOMAIN' : operation.objectType.toUpperCase();
      report({ messageId: 'cascade', data: { what, name: names.join(', '), consequence }, span: operation.span, unit });
    }
  },
};
