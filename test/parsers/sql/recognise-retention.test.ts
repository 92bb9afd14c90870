import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../src/core/lines.js';
import type { SqlDialect, SqlOperation } from '../../../src/core/sql-operations.js';
import { recogniseStatements } from '../../../src/parsers/sql/recognise.js';

/** Each expiry, history-off, overwrite, swap and dropped column, in a few words, at line:column. */
function found(sql: string, dialect: SqlDialect = 'postgres'): string[] {
  const lines = new LineIndex(sql);
  const at = (o: SqlOperation) => `@${lines.lineOf(o.span.start)}:${lines.columnOf(o.span.start)}`;
  return recogniseStatements(sql, dialect)
    .flatMap((r) => r.operations)
    .flatMap((o) => {
      switch (o.op) {
        case 'expiry':
          return [`expiry ${o.table.join('.')} ${o.setting} ${o.days ?? '-'}${o.initial ? ' initial' : ''} ${at(o)}`];
        case 'history-off':
          return [`history-off ${o.target.join('.')} ${at(o)}`];
        case 'overwrite':
          return [`overwrite ${o.table.join('.')} ${at(o)}`];
        case 'swap-tables':
          return [`swap ${o.tables.map((t) => t.join('.')).join(' <-> ')} ${at(o)}`];
        case 'drop-column':
          return [`drop-column ${o.table.join('.')}.${o.column} ${at(o)}`];
        default:
          return [];
      }
    });
}

describe('settings with which the database deletes data or drops its history', () => {
  it('reads ClickHouse TTLs: the shortest deleting rule, moves ignored, the CREATE marked initial', () => {
    const sql = [
      'CREATE TABLE t (d Date) ENGINE = MergeTree ORDER BY d',
      "TTL d + INTERVAL 1 MONTH TO VOLUME 'cold', d + INTERVAL 2 YEAR DELETE SETTINGS index_granularity = 8192;",
      'ALTER TABLE t MODIFY TTL d + toIntervalWeek(2);',
      "ALTER TABLE t MODIFY TTL d + INTERVAL 1 DAY TO DISK 'archive';",
      'ALTER TABLE t MODIFY TTL d + INTERVAL 12 HOUR, d + INTERVAL 3 DAY;',
    ].join('\n');
    expect(found(sql, 'mysql')).toEqual([
      'expiry t TTL 730 initial @2:1',
      'expiry t TTL 14 @3:15',
      'expiry t TTL 0.5 @5:15',
    ]);
  });

  it('reads BigQuery expirations on a table, not on a schema default nor a removed one', () => {
    const sql = [
      'ALTER TABLE `p-1.ds.t` SET OPTIONS (expiration_timestamp = TIMESTAMP "2027-01-01");',
      'ALTER TABLE ds.t SET OPTIONS (partition_expiration_days = 3, description = "x");',
      'ALTER TABLE ds.t SET OPTIONS (expiration_timestamp = NULL);',
      'ALTER SCHEMA ds SET OPTIONS (default_table_expiration_days = 1);',
      'CREATE TABLE ds.u (id INT64) OPTIONS (partition_expiration_days = 30);',
    ].join('\n');
    expect(found(sql, 'bigquery')).toEqual([
      'expiry p-1.ds.t expiration_timestamp - @1:37',
      'expiry ds.t partition_expiration_days 3 @2:31',
      'expiry ds.u partition_expiration_days 30 initial @5:39',
    ]);
  });

  it('reads Snowflake Time Travel, Delta VACUUM and properties, Oracle flashback, SQL Server recovery', () => {
    const sql = [
      'ALTER DATABASE analytics SET DATA_RETENTION_TIME_IN_DAYS = 0;',
      'ALTER TABLE a.b SET DATA_RETENTION_TIME_IN_DAYS = 7;',
      'VACUUM lake.events RETAIN 24 HOURS;',
      'VACUUM lake.events RETAIN 720 HOURS;',
      "ALTER TABLE lake.events SET TBLPROPERTIES ('delta.logRetentionDuration' = 'interval 2 days');",
      'ALTER DATABASE FLASHBACK OFF;',
      'PURGE DBA_RECYCLEBIN;',
      'ALTER DATABASE Sales SET RECOVERY SIMPLE;',
      'ALTER DATABASE Sales SET RECOVERY BULK_LOGGED;',
    ].join('\n');
    expect(found(sql)).toEqual([
      'history-off analytics @1:30',
      'history-off lake.events @3:1',
      'history-off lake.events @5:44',
      'history-off  @6:16',
      'history-off  @7:1',
      'history-off Sales @8:22',
    ]);
  });
});

describe('rows replaced or moved under another name', () => {
  it('reads INSERT OVERWRITE of whole tables only', () => {
    const sql = [
      'INSERT OVERWRITE TABLE w.dim SELECT * FROM s;',
      'INSERT OVERWRITE INTO w.daily SELECT * FROM s;',
      "INSERT OVERWRITE TABLE w.views PARTITION (ds = '2024-01-01') SELECT * FROM s;",
      "INSERT OVERWRITE LOCAL DIRECTORY '/tmp/out' SELECT * FROM s;",
      'INSERT INTO w.dim SELECT * FROM s;',
    ].join('\n');
    expect(found(sql)).toEqual(['overwrite w.dim @1:1', 'overwrite w.daily @2:1']);
  });

  it('reads Snowflake SWAP WITH and Oracle SET UNUSED; DROP UNUSED COLUMNS drops no column named UNUSED', () => {
    const sql = [
      'ALTER TABLE a.customers SWAP WITH a.customers_new;',
      'ALTER TABLE customers SET UNUSED (fax, telex);',
      'ALTER TABLE customers SET UNUSED COLUMN pager CASCADE CONSTRAINTS;',
      'ALTER TABLE customers DROP UNUSED COLUMNS;',
    ].join('\n');
    expect(found(sql)).toEqual([
      'swap a.customers <-> a.customers_new @1:25',
      'drop-column customers.fax @2:23',
      'drop-column customers.telex @2:23',
      'drop-column customers.pager @3:23',
    ]);
  });
});
