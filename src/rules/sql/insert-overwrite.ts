import type { Rule } from '../../core/rule.js';
import { displayName, heldDataBefore, operationsOf, type SqlDocument } from './lib/document.js';

/** Name parts that mark a table as a load area, whose previous contents are disposable by design. */
const STAGING_PART = /^(staging|stage|stg|tmp|temp|scratch|landing)$/i;

export const insertOverwrite: Rule<SqlDocument, 'overwrite'> = {
  meta: {
    id: 'sql/insert-overwrite',
    family: 'sql',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'INSERT OVERWRITE of a whole table (Spark, Hive, Databricks, Snowflake) replaces every existing row with the query result.',
    messages: { overwrite: 'INSERT OVERWRITE {table} replaces every existing row of the table' },
    examples: {
      invalid: [
        {
          code: 'INSERT OVERWRITE TABLE warehouse.dim_users\nSELECT id, email FROM raw.users;',
          line: 1,
          path: 'etl/dim_users.hql',
        },
        { code: 'INSERT OVERWRITE INTO analytics.daily_revenue SELECT * FROM analytics.revenue_v;', line: 1 },
      ],
      valid: [
        "INSERT OVERWRITE TABLE warehouse.page_views PARTITION (ds = '2024-01-01') SELECT url FROM raw.hits;",
        "INSERT OVERWRITE DIRECTORY 's3://acme-exports/users' SELECT * FROM users;",
      ],
    },
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, 'overwrite')) {
      if (!heldDataBefore(doc, operation.table, operation.span.start)) continue;
      const table = displayName(operation.table);
      const staging = operation.table.some((part) => part.split(/[_-]/).some((piece) => STAGING_PART.test(piece)));
      report({
        messageId: 'overwrite',
        data: { table },
        span: operation.span,
        unit,
        ...(staging ? { downgradedBecause: `${table} is named as a staging table, reloaded by design` } : {}),
      });
    }
  },
};
