import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../src/core/lines.js';
import type { SqlDialect, SqlOperation } from '../../../src/core/sql-operations.js';
import { createRecogniseContext, recogniseStatement, recogniseStatements } from '../../../src/parsers/sql/recognise.js';
import { splitStatements } from '../../../src/parsers/sql/split.js';

const DIALECTS: SqlDialect[] = ['postgres', 'mysql', 'sqlite', 'sqlserver', 'bigquery'];

function operations(sql: string, dialect: SqlDialect): SqlOperation[] {
  return recogniseStatements(sql, dialect).flatMap((r) => r.operations);
}

/** What a reviewer checks: each operation in a few words, and the line:column it points at. */
function found(sql: string, dialect: SqlDialect, withReferences = false): string[] {
  const lines = new LineIndex(sql);
  return operations(sql, dialect)
    .filter((o) => withReferences || o.op !== 'reference')
    .map((o) => `${describeOp(o)} @${lines.lineOf(o.span.start)}:${lines.columnOf(o.span.start)}`);
}

function describeOp(o: SqlOperation): string {
  const name = (parts: string[]) => parts.join('.');
  switch (o.op) {
    case 'drop':
      return `drop ${o.objectType} ${o.names.map(name).join(', ')}${o.temporary ? ' temporary' : ''}${o.cascade ? ' cascade' : ''}`;
    case 'drop-owned':
      return `drop-owned ${o.roles.join(', ')}`;
    case 'drop-column':
      return `drop-column ${name(o.table)}.${o.column}`;
    case 'drop-partition':
      return `${o.detach ? 'detach' : 'drop'}-partition ${name(o.table)} ${o.partitions.join(', ')}`;
    case 'truncate':
      return `truncate ${o.tables.map(name).join(', ')}`;
    case 'delete':
    case 'update':
      return `${o.op} ${name(o.table)} where=${o.where}`;
    case 'alter-column-type':
      return `alter-column-type ${name(o.table)}.${o.column} ${o.newType}${o.using ? ` using ${o.using}` : ''}`;
    case 'rename-table':
      return `rename-table ${name(o.from)} -> ${o.to}`;
    case 'rename-column':
      return `rename-column ${name(o.table)}.${o.from} -> ${o.to}`;
    case 'create-table':
      return `create-table ${name(o.name)}${o.temporary ? ' temporary' : ''}`;
    case 'dynamic-sql':
      return 'dynamic-sql';
    case 'reference':
      return `reference ${name(o.name)}`;
    default:
      return o.op;
  }
}

/** The text an operation's span covers. */
function flagged(sql: string, dialect: SqlDialect, op: SqlOperation['op']): string[] {
  return operations(sql, dialect)
    .filter((o) => o.op === op)
    .map((o) => sql.slice(o.span.start, o.span.end));
}

describe('recogniseStatement: what is not a finding', () => {
  it('ignores DROP in comments, strings and identifiers, in every dialect', () => {
    const sql = [
      '-- DROP TABLE users;',
      '/* DROP TABLE users; */',
      'SELECT \'DROP TABLE users\' AS note, dropped_at, "DROP TABLE x" FROM drop_log;',
      'UPDATE audit SET deleted_by = 1, truncated = true WHERE id = 7;',
    ].join('\n');
    for (const dialect of DIALECTS) expect(found(sql, dialect)).toEqual(['update audit where=bounded @4:1']);
  });

  it('ignores DELETE and UPDATE that are not statements', () => {
    const sql = [
      'CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers (id) ON DELETE CASCADE ON UPDATE SET NULL);',
      'SELECT * FROM orders WHERE id = 1 FOR UPDATE;',
      'GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON orders TO app;',
      'CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON orders FOR EACH ROW EXECUTE FUNCTION audit();',
      'CREATE POLICY p ON orders FOR DELETE USING (owner = current_user);',
      'INSERT INTO orders VALUES (1) ON CONFLICT (id) DO UPDATE SET customer_id = excluded.customer_id;',
      'SELECT * FROM orders FOR NO KEY UPDATE;',
    ].join('\n');
    expect(found(sql, 'postgres')).toEqual(['create-table orders @1:1']);
  });

  it('ignores MySQL upserts, T-SQL OUTPUT deleted.* and MERGE actions', () => {
    expect(found('INSERT INTO t (a) VALUES (1) ON DUPLICATE KEY UPDATE a = VALUES(a);', 'mysql')).toEqual([]);
    const merge = [
      'MERGE INTO dbo.Target AS t',
      'USING dbo.Source AS s ON t.Id = s.Id',
      'WHEN MATCHED AND s.Gone = 1 THEN DELETE',
      'WHEN MATCHED THEN UPDATE SET t.Name = s.Name',
      'WHEN NOT MATCHED THEN INSERT (Id, Name) VALUES (s.Id, s.Name)',
      'OUTPUT $action, deleted.*, inserted.*;',
    ].join('\n');
    expect(found(merge, 'sqlserver', true)).toEqual(['reference dbo.Target @1:12']);
  });

  it('ignores T-SQL trigger events and the UPDATE() function', () => {
    const sql = [
      'CREATE TRIGGER trg ON dbo.Orders AFTER INSERT, UPDATE, DELETE AS',
      'BEGIN',
      '  IF UPDATE(Status) PRINT 1;',
      '  SELECT * FROM deleted;',
      'END',
    ].join('\n');
    expect(found(sql, 'sqlserver')).toEqual([]);
  });

  it('ignores privileges, MySQL TRUNCATE() and ALTER PUBLICATION ... DROP TABLE', () => {
    expect(found("GRANT SELECT, DELETE, DROP ON shop.* TO 'app'@'%';", 'mysql')).toEqual([]);
    expect(found('SELECT TRUNCATE(12.345, 1);', 'mysql')).toEqual([]);
    expect(found('ALTER PUBLICATION pub DROP TABLE users;', 'postgres')).toEqual([]);
  });

  it('gives nothing for statements it does not know, and never throws', () => {
    expect(found('VACUUM ANALYZE; SELECT 1; SET search_path = app;', 'postgres')).toEqual([]);
    const junk = [
      'DROP TABLE (',
      'ALTER TABLE t DROP',
      'DELETE',
      'UPDATE t SET',
      "EXEC('",
      'CONCAT(',
      'sp_rename',
      ')))',
    ];
    for (const sql of junk) for (const dialect of DIALECTS) expect(() => operations(sql, dialect)).not.toThrow();
  });
});

describe('recogniseStatement: evasions', () => {
  it('finds DROP with a comment for a space, in any case', () => {
    expect(found('DROP/**/TABLE users;\ndRoP tAbLe orders;', 'mysql')).toEqual([
      'drop table users @1:1',
      'drop table orders @2:1',
    ]);
  });

  it('finds fullwidth and zero-width keywords, pointing at them as written', () => {
    const sql = 'ＤＲＯＰ ＴＡＢＬＥ users;\nDR\u200bOP TABLE orders;';
    expect(found(sql, 'postgres')).toEqual(['drop table users @1:1', 'drop table orders @2:1']);
    expect(flagged(sql, 'postgres', 'drop')).toEqual(['ＤＲＯＰ', 'DR\u200bOP']);
  });

  it('finds code in MySQL executable comments and after a nested-looking comment MySQL ends early', () => {
    expect(found('/*!50001 DROP TABLE users */;', 'mysql')).toEqual(['drop table users @1:10']);
    expect(found('/* /* */ DROP TABLE users; */', 'mysql')).toEqual(['drop table users @1:10']);
  });

  it('finds a DROP after MySQL arithmetic that looks like a comment', () => {
    expect(found('SELECT 5--1; DROP TABLE users;', 'mysql')).toEqual(['drop table users @1:14']);
  });

  it('reads DROP TABLE built with CONCAT inside a MySQL procedure, at the building expression', () => {
    const sql = [
      'DELIMITER //',
      'CREATE PROCEDURE rotate_archive()',
      'BEGIN',
      "  SET @s = CONCAT('DR', 'OP TABLE IF EXISTS `', @tbl, '`');",
      '  PREPARE stmt FROM @s;',
      '  EXECUTE stmt;',
      '  DEALLOCATE PREPARE stmt;',
      'END //',
      'DELIMITER ;',
    ].join('\n');
    expect(found(sql, 'mysql')).toEqual(['drop table @tbl @4:12', 'dynamic-sql @5:3']);
    expect(flagged(sql, 'mysql', 'drop')).toEqual(["CONCAT('DR', 'OP TABLE IF EXISTS `', @tbl, '`')"]);
    const dynamic = operations(sql, 'mysql').find((o) => o.op === 'dynamic-sql');
    expect(dynamic).toMatchObject({ reason: 'PREPARE runs SQL that is only known at run time: @s' });
  });

  it("reads T-SQL strings joined with +, and EXEC of a literal at the literal's text", () => {
    const sql = [
      "DECLARE @sql nvarchar(max) = N'DROP ' + N'TABLE dbo.Audit';",
      'EXEC (@sql);',
      "EXEC('TRUNCATE TABLE dbo.Logs');",
      "EXEC sp_executesql N'DELETE FROM dbo.Sessions';",
    ].join('\n');
    expect(found(sql, 'sqlserver')).toEqual([
      'drop table dbo.Audit @1:30',
      'dynamic-sql @2:1',
      'truncate dbo.Logs @3:7',
      'delete dbo.Sessions where=none @4:22',
    ]);
    expect(flagged(sql, 'sqlserver', 'truncate')).toEqual(['TRUNCATE']);
  });

  it('reads a variable set to a literal where it is run, across statements of a file', () => {
    const sql = "SET @s = 'DROP TABLE users';\nPREPARE stmt FROM @s;\nEXECUTE stmt;";
    expect(found(sql, 'mysql')).toEqual(['dynamic-sql @2:1', 'drop table users @1:11']);
    const alone = splitStatements(sql, 'mysql').flatMap((s) => recogniseStatement(s, sql, 'mysql'));
    expect(alone.map((o) => o.op)).toEqual(['dynamic-sql']);
    const context = createRecogniseContext();
    const shared = splitStatements(sql, 'mysql').flatMap((s) => recogniseStatement(s, sql, 'mysql', context));
    expect(shared.map((o) => o.op)).toEqual(['dynamic-sql', 'drop', 'reference']);
  });

  it('reads strings built with CHAR(), REVERSE() and REPLACE()', () => {
    expect(found("SET @s = CONCAT(CHAR(68), 'ROP TABLE users');", 'mysql')).toEqual(['drop table users @1:10']);
    expect(found("SELECT REVERSE('sresu ELBAT PORD');", 'mysql')).toEqual(['drop table users @1:8']);
    expect(found("SELECT REPLACE('DXOP TABLE users', 'X', 'R');", 'sqlserver')).toEqual(['drop table users @1:8']);
  });

  it('reports EXECUTE IMMEDIATE and EXEC of anything but a literal as dynamic SQL', () => {
    expect(found('EXECUTE IMMEDIATE sql_text;', 'bigquery')).toEqual(['dynamic-sql @1:1']);
    expect(found("EXECUTE IMMEDIATE 'DELETE FROM d.t WHERE TRUE';", 'bigquery')).toEqual([
      'delete d.t where=tautology @1:20',
    ]);
    expect(found('EXEC @procName;', 'sqlserver')).toEqual(['dynamic-sql @1:1']);
    expect(found('EXEC @rc = dbo.DoWork;\nEXEC dbo.DoWork @id = 1;', 'sqlserver')).toEqual([]);
    expect(found('EXECUTE stmt USING @a;', 'mysql')).toEqual([]);
  });

  it('reports Postgres EXECUTE format(...) and what its literal spells', () => {
    expect(found("EXECUTE format('DROP TABLE %I', tbl);", 'postgres')).toEqual([
      'dynamic-sql @1:1',
      'drop table tbl @1:9',
    ]);
    expect(found("EXECUTE 'DELETE FROM ' || quote_ident(t);", 'postgres')).toEqual([
      'dynamic-sql @1:1',
      'delete quote_ident where=none @1:9',
    ]);
  });
});

describe('recogniseStatement: DROP', () => {
  it('reads the object, every name, IF EXISTS and CASCADE, and points at DROP', () => {
    const sql = [
      'DROP TABLE IF EXISTS public.users, "Order Lines" CASCADE;',
      'DROP SCHEMA IF EXISTS analytics CASCADE;',
      'DROP DATABASE shop;',
      'DROP MATERIALIZED VIEW IF EXISTS mv_sales;',
      'DROP VIEW v_sales;',
      'DROP INDEX CONCURRENTLY IF EXISTS idx_users_email;',
      'DROP SEQUENCE users_id_seq;',
      'DROP FUNCTION IF EXISTS f(int, text), g();',
      'DROP PROCEDURE purge(int);',
      'DROP TYPE mood;',
      'DROP EXTENSION pgcrypto;',
      'DROP TRIGGER trg ON users;',
      'DROP OWNED BY app_user, legacy CASCADE;',
    ].join('\n');
    expect(found(sql, 'postgres')).toEqual([
      'drop table public.users, Order Lines cascade @1:1',
      'drop schema analytics cascade @2:1',
      'drop database shop @3:1',
      'drop materialized-view mv_sales @4:1',
      'drop view v_sales @5:1',
      'drop index idx_users_email @6:1',
      'drop sequence users_id_seq @7:1',
      'drop function f, g @8:1',
      'drop other purge @9:1',
      'drop type mood @10:1',
      'drop extension pgcrypto @11:1',
      'drop trigger trg @12:1',
      'drop-owned app_user, legacy @13:1',
    ]);
  });

  it('knows MySQL temporary tables and T-SQL #temp tables', () => {
    expect(found('DROP TEMPORARY TABLE IF EXISTS tmp_totals;', 'mysql')).toEqual([
      'drop table tmp_totals temporary @1:1',
    ]);
    const tsql = "IF OBJECT_ID('tempdb..#Lines') IS NOT NULL DROP TABLE #Lines;\nDROP TABLE #a, dbo.Real;";
    expect(found(tsql, 'sqlserver')).toEqual([
      'drop table #Lines temporary @1:44',
      'drop table dbo.Real @2:1',
      'drop table #a temporary @2:1',
    ]);
  });

  it('reads BigQuery names inside backticks and dashed project names', () => {
    const sql = [
      'DROP SCHEMA IF EXISTS `acme-analytics-prod.staging` CASCADE;',
      'DROP TABLE acme-analytics-prod.events.old_views;',
    ].join('\n');
    expect(found(sql, 'bigquery', true)).toEqual([
      'drop schema acme-analytics-prod.staging cascade @1:1',
      'reference acme-analytics-prod.staging @1:23',
      'drop table acme-analytics-prod.events.old_views @2:1',
      'reference acme-analytics-prod.events.old_views @2:12',
    ]);
    const schema = operations(sql, 'bigquery')[0];
    expect(schema).toMatchObject({ names: [['acme-analytics-prod', 'staging']] });
  });

  it('reads MySQL and T-SQL DROP INDEX ... ON table', () => {
    expect(found('DROP INDEX ix_email ON users;', 'mysql', true)).toEqual([
      'drop index ix_email @1:1',
      'reference ix_email @1:12',
      'reference users @1:24',
    ]);
  });
});

describe('recogniseStatement: ALTER TABLE', () => {
  it('reports each dropped column at its own DROP, and not constraints or indexes', () => {
    const sql = [
      'ALTER TABLE users',
      '  DROP COLUMN fax,',
      '  DROP CONSTRAINT users_fax_check,',
      '  ADD COLUMN phone text,',
      '  DROP COLUMN IF EXISTS pager CASCADE,',
      '  ALTER COLUMN email DROP NOT NULL,',
      '  DROP age;',
    ].join('\n');
    expect(found(sql, 'postgres', true)).toEqual([
      'reference users @1:13',
      'drop-column users.fax @2:3',
      'drop-column users.pager @5:3',
      'drop-column users.age @7:3',
    ]);
  });

  it('reads MySQL DROP without COLUMN, and leaves keys and indexes alone', () => {
    const sql =
      'ALTER TABLE t DROP a, DROP INDEX ix, DROP FOREIGN KEY fk, DROP PRIMARY KEY, DROP CHECK c, DROP `type`;';
    expect(found(sql, 'mysql')).toEqual(['drop-column t.a @1:15', 'drop-column t.type @1:91']);
  });

  it('reads T-SQL DROP COLUMN a, b as two columns at one DROP, and the next statement without a semicolon', () => {
    const sql =
      'ALTER TABLE dbo.Orders DROP COLUMN Fax, Pager\nDROP TABLE dbo.Old\nALTER TABLE dbo.T DROP CONSTRAINT DF_x, COLUMN Y';
    expect(found(sql, 'sqlserver')).toEqual([
      'drop-column dbo.Orders.Fax @1:24',
      'drop-column dbo.Orders.Pager @1:24',
      'drop table dbo.Old @2:1',
      'drop-column dbo.T.Y @3:19',
    ]);
  });

  it('reads partitions dropped, truncated and detached', () => {
    const mysql = 'ALTER TABLE events DROP PARTITION p2019, p2020;\nALTER TABLE events TRUNCATE PARTITION p2021;';
    expect(found(mysql, 'mysql')).toEqual([
      'drop-partition events p2019, p2020 @1:20',
      'drop-partition events p2021 @2:20',
    ]);
    expect(found('ALTER TABLE measurements DETACH PARTITION measurements_2020 CONCURRENTLY;', 'postgres')).toEqual([
      'detach-partition measurements measurements_2020 @1:26',
    ]);
  });

  it('reads column type changes in each dialect, with the USING expression', () => {
    const pg =
      'ALTER TABLE ONLY public.users\n  ALTER COLUMN age TYPE bigint USING age::bigint,\n  ALTER name SET DATA TYPE varchar(20),\n  ALTER COLUMN ts TYPE timestamp(3) with time zone;';
    expect(found(pg, 'postgres')).toEqual([
      'alter-column-type public.users.age bigint using age::bigint @2:3',
      'alter-column-type public.users.name varchar(20) @3:3',
      'alter-column-type public.users.ts timestamp(3) with time zone @4:3',
    ]);
    const mysql = 'ALTER TABLE t MODIFY COLUMN price DECIMAL(10, 2) NOT NULL, CHANGE old_name new_name INT UNSIGNED;';
    expect(found(mysql, 'mysql')).toEqual([
      'alter-column-type t.price decimal(10,2) @1:15',
      'alter-column-type t.old_name int unsigned @1:60',
      'rename-column t.old_name -> new_name @1:60',
    ]);
    expect(found('ALTER TABLE dbo.T ALTER COLUMN Total nvarchar(max) NULL;', 'sqlserver')).toEqual([
      'alter-column-type dbo.T.Total nvarchar(max) @1:19',
    ]);
    expect(found('ALTER TABLE d.t ALTER COLUMN n SET DATA TYPE NUMERIC;', 'bigquery')).toEqual([
      'alter-column-type d.t.n numeric @1:17',
    ]);
    expect(found('ALTER TABLE t ALTER COLUMN c SET DEFAULT 0;', 'mysql')).toEqual([]);
  });

  it('reads renames of tables and columns', () => {
    expect(
      found('ALTER TABLE users RENAME TO customers;\nALTER TABLE customers RENAME COLUMN name TO full_name;', 'sqlite'),
    ).toEqual(['rename-table users -> customers @1:19', 'rename-column customers.name -> full_name @2:23']);
    expect(found('ALTER TABLE a RENAME b TO c;\nALTER TABLE a RENAME CONSTRAINT k TO k2;', 'postgres')).toEqual([
      'rename-column a.b -> c @1:15',
    ]);
    expect(found('RENAME TABLE a TO a_old, b TO a;', 'mysql')).toEqual([
      'rename-table a -> a_old @1:1',
      'rename-table b -> a @1:1',
    ]);
    const tsql =
      "EXEC sp_rename 'dbo.Orders', 'OrdersOld';\nEXEC sp_rename N'[dbo].[Orders].[Total]', N'GrandTotal', N'COLUMN';";
    expect(found(tsql, 'sqlserver')).toEqual([
      'rename-table dbo.Orders -> OrdersOld @1:6',
      'rename-column dbo.Orders.Total -> GrandTotal @2:6',
    ]);
  });
});

describe('recogniseStatement: TRUNCATE, DELETE and UPDATE', () => {
  it('reads TRUNCATE with every table', () => {
    expect(found('TRUNCATE TABLE ONLY a, b RESTART IDENTITY CASCADE;\nTRUNCATE c;', 'postgres')).toEqual([
      'truncate a, b @1:1',
      'truncate c @2:1',
    ]);
  });

  it('tells no WHERE, a tautology and a real bound apart', () => {
    const cases: [string, string][] = [
      ['DELETE FROM t', 'none'],
      ['DELETE FROM t WHERE 1=1', 'tautology'],
      ['DELETE FROM t WHERE 1 = 1', 'tautology'],
      ['DELETE FROM t WHERE TRUE', 'tautology'],
      ["DELETE FROM t WHERE 'a'='a'", 'tautology'],
      ['DELETE FROM t WHERE 2>1', 'tautology'],
      ['DELETE FROM t WHERE 1', 'tautology'],
      ['DELETE FROM t WHERE id = id', 'tautology'],
      ['DELETE FROM t WHERE NOT FALSE', 'tautology'],
      ['DELETE FROM t WHERE 1=1 OR id = 5', 'tautology'],
      ['DELETE FROM t WHERE id = 5 OR 1=1', 'tautology'],
      ['DELETE FROM t WHERE true AND true', 'tautology'],
      ['DELETE FROM t WHERE (1 = 1)', 'tautology'],
      ['DELETE FROM t WHERE id = 5', 'bounded'],
      ['DELETE FROM t WHERE 1=1 AND id = 5', 'bounded'],
      ['DELETE FROM t WHERE x BETWEEN 1 AND 2', 'bounded'],
      ["DELETE FROM t WHERE 'a'='b'", 'bounded'],
      ['DELETE FROM t WHERE id IN (SELECT id FROM u WHERE 1=1)', 'bounded'],
      ['DELETE FROM t WHERE a.id = b.id', 'bounded'],
    ];
    for (const [sql, where] of cases) {
      expect(
        operations(sql, 'postgres').find((o) => o.op === 'delete'),
        sql,
      ).toMatchObject({ where });
    }
  });

  it('does not let a subquery WHERE bound the outer statement', () => {
    expect(found('UPDATE t SET a = (SELECT max(b) FROM u WHERE u.id = 1);', 'postgres')).toEqual([
      'update t where=none @1:1',
    ]);
  });

  it('reads USING, joins, LIMIT and TOP', () => {
    expect(found('DELETE FROM t USING u WHERE t.id = u.id;', 'postgres')).toEqual(['delete t where=bounded @1:1']);
    const mysql = 'DELETE t1 FROM t1 JOIN t2 ON t1.id = t2.id WHERE t2.gone = 1;\nDELETE FROM logs LIMIT 1000;';
    expect(found(mysql, 'mysql')).toEqual(['delete t1 where=bounded @1:1', 'delete logs where=none @2:1']);
    expect(found('DELETE TOP (100) FROM dbo.Logs;\nUPDATE TOP (5) dbo.Q SET Done = 1;', 'sqlserver')).toEqual([
      'delete dbo.Logs where=none @1:1',
      'update dbo.Q where=none @2:1',
    ]);
  });

  it('ends a T-SQL statement at the next one when semicolons are left out', () => {
    const sql =
      'DELETE FROM dbo.A\nDELETE FROM dbo.B WHERE Id = 1\nUPDATE dbo.C SET X = CASE WHEN Y = 1 THEN 2 ELSE 3 END\nSET @n = @@ROWCOUNT';
    expect(found(sql, 'sqlserver')).toEqual([
      'delete dbo.A where=none @1:1',
      'delete dbo.B where=bounded @2:1',
      'update dbo.C where=none @3:1',
    ]);
  });

  it('reads the BigQuery production delete with its project name', () => {
    const sql = 'DELETE FROM `acme-analytics-prod.events.page_views` WHERE TRUE;';
    expect(found(sql, 'bigquery', true)).toEqual([
      'delete acme-analytics-prod.events.page_views where=tautology @1:1',
      'reference acme-analytics-prod.events.page_views @1:13',
    ]);
    const reference = operations(sql, 'bigquery').find((o) => o.op === 'reference')!;
    expect(sql.slice(reference.span.start, reference.span.end)).toBe('`acme-analytics-prod.events.page_views`');
  });
});

describe('recogniseStatement: CREATE TABLE', () => {
  it('reads columns with lower-cased types and parameters', () => {
    const sql =
      'CREATE TABLE IF NOT EXISTS shop.orders (\n  id BIGINT NOT NULL AUTO_INCREMENT,\n  total DECIMAL(10, 2) UNSIGNED,\n  name VARCHAR(100) CHARACTER SET utf8mb4,\n  PRIMARY KEY (id),\n  CONSTRAINT fk FOREIGN KEY (c) REFERENCES c (id) ON DELETE CASCADE\n);';
    expect(operations(sql, 'mysql')[0]).toMatchObject({
      op: 'create-table',
      name: ['shop', 'orders'],
      temporary: false,
      columns: [
        { name: 'id', type: 'bigint' },
        { name: 'total', type: 'decimal(10,2) unsigned' },
        { name: 'name', type: 'varchar(100)' },
      ],
    });
  });

  it('knows temporary tables in each dialect, including T-SQL SELECT ... INTO #tmp', () => {
    expect(found('CREATE TEMPORARY TABLE t (id int);', 'mysql')).toEqual(['create-table t temporary @1:1']);
    expect(found('CREATE TEMP TABLE t AS SELECT 1;', 'bigquery')).toEqual(['create-table t temporary @1:1']);
    const tsql =
      'CREATE TABLE #Work ([Id] [int] NOT NULL)\nSELECT Id, Total INTO #Lines FROM dbo.OrderLines WHERE Total > 0';
    expect(found(tsql, 'sqlserver')).toEqual([
      'create-table #Work temporary @1:1',
      'create-table #Lines temporary @2:18',
    ]);
  });

  it('does not take MySQL SELECT ... INTO a variable for a new table', () => {
    expect(found('SELECT COUNT(*) INTO @n FROM t; SELECT a INTO total FROM t;', 'mysql')).toEqual([]);
  });

  it('reads BigQuery STRUCT and ARRAY column types whole', () => {
    const sql = 'CREATE TABLE d.t (id INT64, tags ARRAY<STRING>, s STRUCT<a INT64, b ARRAY<STRUCT<c STRING>>>);';
    expect(operations(sql, 'bigquery')[0]).toMatchObject({
      columns: [
        { name: 'id', type: 'int64' },
        { name: 'tags', type: 'array<string>' },
        { name: 's', type: 'struct<a int64,b array<struct<c string>>>' },
      ],
    });
  });
});

describe('recogniseStatement: realistic migrations', () => {
  it('reads a T-SQL script with GO batches and #temp tables', () => {
    const sql = [
      "IF OBJECT_ID('tempdb..#Lines') IS NOT NULL DROP TABLE #Lines;",
      'SELECT OrderId, SUM(Total) AS Total INTO #Lines FROM dbo.OrderLines GROUP BY OrderId;',
      'GO',
      'BEGIN TRANSACTION;',
      'DELETE FROM dbo.OrderLines WHERE OrderId IN (SELECT OrderId FROM #Lines);',
      'ALTER TABLE dbo.Orders DROP COLUMN LegacyTotal;',
      'COMMIT;',
      'GO',
    ].join('\n');
    expect(found(sql, 'sqlserver')).toEqual([
      'drop table #Lines temporary @1:44',
      'create-table #Lines temporary @2:37',
      'delete dbo.OrderLines where=bounded @5:1',
      'drop-column dbo.Orders.LegacyTotal @6:24',
    ]);
  });

  it('reads inside a T-SQL procedure body', () => {
    const sql = [
      'CREATE PROCEDURE dbo.Purge @days int AS',
      'BEGIN',
      '  SET NOCOUNT ON;',
      '  BEGIN TRY',
      '    DELETE FROM dbo.Events WHERE CreatedAt < DATEADD(day, -@days, GETDATE());',
      '    TRUNCATE TABLE dbo.EventsStaging;',
      '  END TRY',
      '  BEGIN CATCH',
      '    THROW;',
      '  END CATCH',
      'END',
    ].join('\n');
    expect(found(sql, 'sqlserver')).toEqual([
      'delete dbo.Events where=bounded @5:5',
      'truncate dbo.EventsStaging @6:5',
    ]);
  });

  it('reads a SQLite migration with a trigger', () => {
    const sql = [
      'CREATE TABLE sessions (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, token);',
      'CREATE TRIGGER cleanup AFTER DELETE ON users BEGIN',
      '  DELETE FROM sessions WHERE user_id = old.id;',
      'END;',
      'ALTER TABLE users DROP COLUMN legacy_flag;',
    ].join('\n');
    expect(found(sql, 'sqlite')).toEqual([
      'create-table sessions @1:1',
      'delete sessions where=bounded @3:3',
      'drop-column users.legacy_flag @5:19',
    ]);
    expect(operations(sql, 'sqlite')[0]).toMatchObject({
      columns: [
        { name: 'id', type: 'integer' },
        { name: 'user_id', type: 'integer' },
        { name: 'token', type: '' },
      ],
    });
  });

  it('reads a BigQuery script block', () => {
    const sql = [
      'DECLARE cutoff DATE DEFAULT CURRENT_DATE();',
      'BEGIN',
      '  DELETE FROM `acme-analytics-prod.events.page_views` WHERE event_date < cutoff;',
      '  UPDATE analytics.stats SET n = 0 WHERE 1 = 1;',
      'END;',
    ].join('\n');
    expect(found(sql, 'bigquery')).toEqual([
      'delete acme-analytics-prod.events.page_views where=bounded @3:3',
      'update analytics.stats where=tautology @4:3',
    ]);
  });

  it('names every table it touches, for the production rules', () => {
    const sql =
      'INSERT INTO prod.audit SELECT * FROM staging.audit;\nMERGE INTO prod.t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v;\nCREATE INDEX ix ON prod.big (a);';
    expect(found(sql, 'postgres', true)).toEqual([
      'reference prod.audit @1:13',
      'reference prod.t @2:12',
      'reference prod.big @3:20',
    ]);
  });
});
