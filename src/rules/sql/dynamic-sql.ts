import type { Rule } from '../../core/rule.js';
import { operationsOf, type SqlDocument } from './lib/document.js';

export const dynamicSql: Rule<SqlDocument, 'dynamicSql'> = {
  meta: {
    id: 'sql/dynamic-sql',
    family: 'sql',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'SQL built at run time (EXECUTE, PREPARE, EXEC of a variable) cannot be read before it runs, so it needs a human.',
    messages: { dynamicSql: '{reason}; two-key cannot see what it will run' },
    examples: {
      invalid: [
        {
          code: "DO $$\nBEGIN\n  EXECUTE format('DROP TABLE %I', 'orders_' || to_char(now(), 'YYYY'));\nEND $$;",
          line: 3,
        },
        {
          code: "SET @s = CONCAT('DR', 'OP TABLE t');\nPREPARE stmt FROM @s;\nEXECUTE stmt;",
          line: 2,
          path: 'db/mysql/V9__rotate.sql',
        },
      ],
      valid: ["DO $$\nBEGIN\n  RAISE NOTICE 'EXECUTE nothing';\nEND $$;"],
    },
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, 'dynamic-sql')) {
      report({ messageId: 'dynamicSql', data: { reason: operation.reason }, span: operation.span, unit });
    }
  },
};
