import type { Rule } from '../../core/rule.js';
import { displayName, operationsOf, type SqlDocument } from './lib/document.js';
import { scratchSchemaReason } from './lib/scratch-schema.js';

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
        // A note, not blocking: the migration created the schema, so only what it put there goes.
        'CREATE SCHEMA import_tmp;\nCREATE TABLE import_tmp.countries (code char(2));\nDROP SCHEMA import_tmp CASCADE;',
      ],
    },
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, 'drop')) {
      if (operation.objectType !== 'schema') continue;
      const name = operation.names.map(displayName).join(', ');
      const scratch = operation.names.map((n) => scratchSchemaReason(doc, n, operation.span.start));
      report({
        messageId: operation.cascade ? 'dropSchemaCascade' : 'dropSchema',
        data: { name },
        span: operation.span,
        unit,
        ...(scratch.every((r) => r !== undefined) ? { downgradedBecause: scratch.join('; ') } : {}),
      });
    }
  },
};
