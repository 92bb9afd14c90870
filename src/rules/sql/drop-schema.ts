import type { Rule } from '../../core/rule.js';
import { schemaCreatedEarlier } from './lib/made-here.js';
import { displayName, operationsOf, type SqlDocument } from './lib/document.js';

export const dropSchema: Rule<SqlDocument, 'dropSchema' | 'dropSchemaCascade'> = {
  meta: {
    id: 'sql/drop-schema',
    family: 'sql',
    kind: 'destructive',
    defaultSeverity: 'block',
    description: 'DROP SCHEMA: with CASCADE every table, view and row in the schema goes with it.',
    messages: {
      dropSchema: 'DROP SCHEMA {name} removes the schema',
      dropSchemaCascade: 'DROP SCHEMA {name} CASCADE destroys every table and row in the schema',
    },
    examples: {
      invalid: [
        { code: 'drop schema if exists public cascade;\ncreate schema public;', line: 1 },
        { code: '-- migrate:up\nDROP SCHEMA reporting CASCADE;\n\n-- migrate:down\nCREATE SCHEMA reporting;', line: 2 },
      ],
      valid: [
        'CREATE SCHEMA scratch;\nCREATE TABLE scratch.t (id int);\nDROP SCHEMA scratch CASCADE;',
        'CREATE SCHEMA reporting;',
        "COMMENT ON SCHEMA reporting IS 'drop schema later';",
      ],
    },
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, 'drop')) {
      if (operation.objectType !== 'schema') continue;
      // A schema this migration created holds only what the migration put in it.
      if (operation.names.every((n) => schemaCreatedEarlier(doc, n, operation.span.start))) continue;
      const name = operation.names.map(displayName).join(', ');
      report({
        messageId: operation.cascade ? 'dropSchemaCascade' : 'dropSchema',
        data: { name },
        span: operation.span,
        unit,
      });
    }
  },
};
