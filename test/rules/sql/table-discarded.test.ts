import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // Snowflake TRANSIENT: replaced with its rows like any other table (only TEMP is the session's own)
    {
      code: 'CREATE OR REPLACE TRANSIENT TABLE raw.events (id NUMBER, payload VARIANT);',
      path: 'snowflake/migrations/V3__events.sql',
      line: 1,
      messageId: 'replace',
    },
    // Snowflake, lower case
    {
      code: 'create or replace table analytics.events as select * from analytics.events_v2;',
      path: 'warehouse/snowflake/V2__events.sql',
      line: 1,
      messageId: 'replace',
    },
    // spaces around the = and a lower-case engine
    {
      code: 'ALTER TABLE `audit_log` ENGINE = blackhole;',
      path: 'db/mysql/V20__change.sql',
      line: 1,
      messageId: 'blackhole',
    },
    // a Cyrillic T in TABLE
    {
      code: 'CREATE OR REPLACE \u0422ABLE analytics.events AS SELECT * FROM analytics.events_v2;',
      path: 'warehouse/snowflake/V3__events.sql',
      line: 1,
      messageId: 'replace',
    },
    // fullwidth BLACKHOLE after a comment with an accent
    {
      code: '-- archivé\nALTER TABLE audit_log ENGINE=\uff22\uff2c\uff21\uff23\uff2b\uff28\uff2f\uff2c\uff25;',
      path: 'db/mysql/V21__change.sql',
      line: 2,
      messageId: 'blackhole',
    },
    // MariaDB: ALTER IGNORE keeps the first of each duplicate and deletes the rest
    {
      code: 'ALTER IGNORE TABLE `subscribers`\n  ADD CONSTRAINT `uq_email` UNIQUE (`email`);',
      path: 'db/mariadb/V21__dedupe.sql',
      line: 1,
      messageId: 'ignoreDuplicates',
    },
    {
      code: 'alter ignore table visits add primary key (id);',
      path: 'db/mysql/V22__pk.sql',
      line: 1,
      messageId: 'ignoreDuplicates',
    },
  ],
  valid: [
    { code: 'CREATE TABLE IF NOT EXISTS analytics.events (id INT64);', path: 'warehouse/bigquery/V5__events.sql' },
    { code: 'ALTER TABLE orders ENGINE = MyISAM;', path: 'db/mysql/V20__change.sql' },
    // INSERT IGNORE skips duplicates of the new rows; nothing stored is deleted
    { code: "INSERT IGNORE INTO tags (name) VALUES ('x');", path: 'db/mysql/V23__tags.sql' },
  ],
};

ruleTester('sql/table-discarded', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('sql/table-discarded', cases.invalid)).toMatchInlineSnapshot(`
    "snowflake/migrations/V3__events.sql:1:1 sql/table-discarded
    1 | CREATE OR REPLACE TRANSIENT TABLE raw.events (id NUMBER, payload VARIANT);
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ CREATE OR REPLACE TABLE raw.events replaces the existing table and every row in it

    warehouse/snowflake/V2__events.sql:1:1 sql/table-discarded
    1 | create or replace table analytics.events as select * from analytics.events_v2;
      | ^^^^^^^^^^^^^^^^^^^^^^^ CREATE OR REPLACE TABLE analytics.events replaces the existing table and every row in it

    db/mysql/V20__change.sql:1:25 sql/table-discarded
    1 | ALTER TABLE \`audit_log\` ENGINE = blackhole;
      |                         ^^^^^^^^^^^^^^^^^^ ENGINE=BLACKHOLE on audit_log discards every row the table holds and every row written to it

    warehouse/snowflake/V3__events.sql:1:1 sql/table-discarded
    1 | CREATE OR REPLACE ТABLE analytics.events AS SELECT * FROM analytics.events_v2;
      | ^^^^^^^^^^^^^^^^^^^^^^^ CREATE OR REPLACE TABLE analytics.events replaces the existing table and every row in it

    db/mysql/V21__change.sql:2:23 sql/table-discarded
    2 | ALTER TABLE audit_log ENGINE=ＢＬＡＣＫＨＯＬＥ;
      |                       ^^^^^^^^^^^^^^^^ ENGINE=BLACKHOLE on audit_log discards every row the table holds and every row written to it

    db/mariadb/V21__dedupe.sql:1:1 sql/table-discarded
    1 | ALTER IGNORE TABLE \`subscribers\`
      | ^^^^^^^^^^^^^^^^^^ ALTER IGNORE TABLE subscribers adding a unique or primary key deletes every row that duplicates an earlier one

    db/mysql/V22__pk.sql:1:1 sql/table-discarded
    1 | alter ignore table visits add primary key (id);
      | ^^^^^^^^^^^^^^^^^^ ALTER IGNORE TABLE visits adding a unique or primary key deletes every row that duplicates an earlier one"
  `);
});
