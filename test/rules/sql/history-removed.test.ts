import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // the guard switched off, then a VACUUM that needs it off: both lines
    {
      code: 'SET spark.databricks.delta.retentionDurationCheck.enabled = false;\nVACUUM delta.`s3://acme-lake/events` RETAIN 1 HOURS;',
      path: 'databricks/maintenance/vacuum.sql',
      line: 1,
      messageId: 'historyRemovedEverywhere',
    },
    // Delta table properties shortened below the default week
    {
      code: "ALTER TABLE main.sales.orders SET TBLPROPERTIES (\n  'delta.deletedFileRetentionDuration' = 'interval 1 hours'\n);",
      path: 'databricks/migrations/V7__orders.sql',
      line: 2,
      messageId: 'historyRemoved',
    },
    // Oracle: flashback archive off, in lower case
    {
      code: 'alter table payments no flashback archive;',
      path: 'db/oracle/V3__payments.sql',
      line: 1,
      messageId: 'historyRemoved',
    },
    // SQL Server: full recovery given up in a GO batch
    {
      code: 'USE master;\nGO\nALTER DATABASE [Sales] SET RECOVERY SIMPLE;\nGO',
      path: 'deploy/sqlserver/recovery.sql',
      line: 3,
      messageId: 'historyRemoved',
    },
  ],
  valid: [
    // a dry run only lists files; a retention longer than the default
    { code: 'VACUUM events RETAIN 0 HOURS DRY RUN;', path: 'databricks/check.sql' },
    {
      code: "ALTER TABLE t SET TBLPROPERTIES ('delta.logRetentionDuration' = 'interval 60 days');",
      path: 'databricks/t.sql',
    },
    // a table this file creates has no history yet
    'CREATE TABLE scratch_events (id int);\nALTER TABLE scratch_events SET DATA_RETENTION_TIME_IN_DAYS = 0;',
    // Postgres VACUUM and Oracle's FLASHBACK TABLE (a restore)
    'VACUUM ANALYZE users;',
    { code: 'FLASHBACK TABLE orders TO BEFORE DROP;', path: 'db/oracle/restore.sql' },
  ],
};

ruleTester('sql/history-removed', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('sql/history-removed', cases.invalid)).toMatchInlineSnapshot(`
    "databricks/maintenance/vacuum.sql:1:1 sql/history-removed
    1 | SET spark.databricks.delta.retentionDurationCheck.enabled = false;
      | ^^^ delta.retentionDurationCheck.enabled = false (the guard on short VACUUM retention): the history that undoes a bad change is gone
    databricks/maintenance/vacuum.sql:2:1 sql/history-removed
    2 | VACUUM delta.\`s3://acme-lake/events\` RETAIN 1 HOURS;
      | ^^^^^^ VACUUM RETAIN 1 HOURS (old versions deleted) on delta.\`s3://acme-lake/events\`: the history that undoes a bad change is gone

    databricks/migrations/V7__orders.sql:2:3 sql/history-removed
    2 |   'delta.deletedFileRetentionDuration' = 'interval 1 hours'
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ delta.deletedFileRetentionDuration = 'interval 1 hours' on main.sales.orders: the history that undoes a bad change is gone

    db/oracle/V3__payments.sql:1:22 sql/history-removed
    1 | alter table payments no flashback archive;
      |                      ^^ NO FLASHBACK ARCHIVE (its history purged) on payments: the history that undoes a bad change is gone

    deploy/sqlserver/recovery.sql:3:24 sql/history-removed
    3 | ALTER DATABASE [Sales] SET RECOVERY SIMPLE;
      |                        ^^^ RECOVERY SIMPLE (no point-in-time restore) on Sales: the history that undoes a bad change is gone"
  `);
});
