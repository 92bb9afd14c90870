import type { Rule } from '../../core/rule.js';
import { displayName, heldDataBefore, operationsOf, type SqlDocument } from './lib/document.js';
import { expiryBefore } from './lib/expiry-state.js';

export const dataExpiry: Rule<SqlDocument, 'shortened' | 'unknownBefore' | 'expires'> = {
  meta: {
    id: 'sql/data-expiry',
    family: 'sql',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A schedule on which the database deletes data by itself: a ClickHouse TTL or a BigQuery expiration set or shortened on an existing table.',
    messages: {
      shortened: '{setting} on {table} now deletes data older than {to} days (it kept {from} days)',
      unknownBefore:
        '{setting} on {table} deletes data older than {to} days; how long it kept data before is unknown (no earlier migration sets it)',
      expires: '{setting} on {table} makes the database delete its data when the expiration passes',
    },
    examples: {
      invalid: [
        {
          code: 'ALTER TABLE analytics.events MODIFY TTL event_date + INTERVAL 7 DAY;',
          line: 1,
          path: 'clickhouse/migrations/0007_events_ttl.sql',
        },
        {
          code: "ALTER TABLE `acme-prod.web.clicks`\n  SET OPTIONS (expiration_timestamp = TIMESTAMP '2027-01-01 00:00:00 UTC');",
          line: 2,
          path: 'bigquery/expire_clicks.sql',
        },
      ],
      valid: [
        'CREATE TABLE hits (d Date, url String) ENGINE = MergeTree ORDER BY d TTL d + INTERVAL 30 DAY;\nALTER TABLE hits MODIFY TTL d + INTERVAL 90 DAY;',
        "ALTER TABLE events MODIFY TTL event_date + INTERVAL 30 DAY TO VOLUME 'cold';",
      ],
    },
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, 'expiry')) {
      if (operation.initial || !heldDataBefore(doc, operation.table, operation.span.start)) continue;
      const data = { setting: operation.setting, table: displayName(operation.table) };
      if (operation.days === undefined) {
        report({ messageId: 'expires', data, span: operation.span, unit });
        continue;
      }
      const before = expiryBefore(doc, operation.table, operation.span.start);
      const to = days(operation.days);
      if (before === undefined || before === null) {
        report({ messageId: 'unknownBefore', data: { ...data, to }, span: operation.span, unit });
      } else if (operation.days < before) {
        report({ messageId: 'shortened', data: { ...data, to, from: days(before) }, span: operation.span, unit });
      }
    }
  },
};

function days(value: number): string {
  return String(Math.round(value * 100) / 100);
}
