import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // shortened below the TTL the same file set: the message names both ages
    {
      code: [
        'CREATE TABLE IF NOT EXISTS logs (d DateTime, msg String) ENGINE = MergeTree ORDER BY d',
        'TTL d + INTERVAL 1 YEAR;',
        'ALTER TABLE logs ON CLUSTER main',
        '  MODIFY TTL d + toIntervalDay(3);',
      ].join('\n'),
      base: 'SELECT 1;',
      path: 'clickhouse/migrations/0003_logs.sql',
      line: 4,
      messageId: 'shortened',
      data: { setting: 'TTL', table: 'logs', to: '3', from: '365' },
    },
    // BigQuery partition expiration, the earlier value unknown
    {
      code: 'ALTER TABLE `acme-prod.analytics.events`\nSET OPTIONS (partition_expiration_days = 2);',
      path: 'bigquery/events_retention.sql',
      line: 2,
      messageId: 'unknownBefore',
    },
    // a deleting rule beside a moving one still deletes
    {
      code: "ALTER TABLE hits MODIFY TTL d + INTERVAL 7 DAY TO VOLUME 'cold', d + INTERVAL 30 DAY DELETE;",
      path: 'clickhouse/migrations/0004_hits.sql',
      line: 1,
      messageId: 'unknownBefore',
      data: { setting: 'TTL', table: 'hits', to: '30' },
    },
  ],
  valid: [
    // a new table's own TTL
    {
      code: 'CREATE TABLE hits (d Date, url String) ENGINE = MergeTree ORDER BY d TTL d + INTERVAL 7 DAY;',
      path: 'clickhouse/migrations/0005_hits.sql',
    },
    // the expiry removed, and a scratch table created with one
    { code: 'ALTER TABLE `acme-dev.tmp.ids` SET OPTIONS (expiration_timestamp = NULL);', path: 'bigquery/keep.sql' },
    {
      code: 'CREATE TABLE `acme-dev.tmp.ids` OPTIONS (expiration_timestamp = TIMESTAMP "2027-01-01") AS SELECT 1 AS id;',
      path: 'bigquery/scratch.sql',
    },
    // a default for tables created later, and a TTL in a comment
    { code: 'ALTER SCHEMA web SET OPTIONS (default_table_expiration_days = 1);', path: 'bigquery/web.sql' },
    '-- ALTER TABLE events MODIFY TTL d + INTERVAL 1 DAY;\nSELECT 1;',
  ],
};

ruleTester('sql/data-expiry', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('sql/data-expiry', cases.invalid)).toMatchInlineSnapshot(`
    "clickhouse/migrations/0003_logs.sql:4:3 sql/data-expiry
    4 |   MODIFY TTL d + toIntervalDay(3);
      |   ^^^^^^ TTL on logs now deletes data older than 3 days (it kept 365 days)

    bigquery/events_retention.sql:2:14 sql/data-expiry
    2 | SET OPTIONS (partition_expiration_days = 2);
      |              ^^^^^^^^^^^^^^^^^^^^^^^^^ partition_expiration_days on acme-prod.analytics.events deletes data older than 2 days; how long it kept data before is unknown (no earlier migration sets it)

    clickhouse/migrations/0004_hits.sql:1:18 sql/data-expiry
    1 | ALTER TABLE hits MODIFY TTL d + INTERVAL 7 DAY TO VOLUME 'cold', d + INTERVAL 30 DAY DELETE;
      |                  ^^^^^^ TTL on hits deletes data older than 30 days; how long it kept data before is unknown (no earlier migration sets it)"
  `);
});
