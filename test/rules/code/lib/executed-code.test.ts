import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import type { ChangedFile } from '../../../../src/core/types.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { addedFile, changeSetOf } from '../../../helpers/change-set.js';

const run = (files: ChangedFile[]) => check(changeSetOf(files), defaultPolicy());
const brief = (d: Awaited<ReturnType<typeof run>>) =>
  d.findings.map((f) => `${f.ruleId}@${f.path}:${f.line}${f.blocking ? ' blocking' : ''}`).sort();
const lines = (...l: string[]) => l.join('\n') + '\n';

describe('SQL that application code runs', () => {
  it('judges a constant string given to cursor.execute as SQL, at its line', async () => {
    const code = lines(
      'import psycopg',
      '',
      'def reset(conn):',
      '    with conn.cursor() as cur:',
      '        cur.execute(',
      '            "TRUNCATE orders, payments"',
      '        )',
    );
    expect(brief(await run([addedFile('ops/reset.py', code)]))).toEqual(['sql/truncate@ops/reset.py:6 blocking']);
  });

  it('reads SQLAlchemy text(), Django RawSQL and cursor.execute with parameters', async () => {
    const code = lines(
      'from sqlalchemy import text',
      'def purge(session):',
      '    session.execute(text("DELETE FROM audit_log"))',
      '    session.execute(text("DELETE FROM audit_log WHERE created_at < :cutoff"), {"cutoff": c})',
      '    cursor.execute("SELECT * FROM orders WHERE id = %s", (order_id,))',
    );
    expect(brief(await run([addedFile('app/purge.py', code)]))).toEqual([
      'sql/delete-without-where@app/purge.py:3 blocking',
    ]);
  });

  it('blocks SQL built from pieces in a destructive shape, and not a scoped one', async () => {
    const code = lines(
      'def drop_shards(cur, names):',
      '    for name in names:',
      '        cur.execute(f"DROP TABLE IF EXISTS {name}")',
      '    cur.execute("DELETE FROM %s" % names[0])',
      '    cur.execute(f"DELETE FROM orders WHERE id = {names[1]}")',
    );
    const d = await run([addedFile('ops/shards.py', code)]);
    expect(brief(d)).toEqual([
      'code/dynamic-sql@ops/shards.py:3 blocking',
      'code/dynamic-sql@ops/shards.py:4 blocking',
    ]);
    expect(d.findings[0]!.message).toContain('DROP');
  });

  it('reads Node drivers: pg query, knex.raw, Prisma $executeRawUnsafe and tagged $executeRaw', async () => {
    const code = lines(
      "import { Pool } from 'pg';",
      'const pool = new Pool();',
      'export async function wipe(prisma, id) {',
      "  await pool.query('DROP TABLE legacy_orders');",
      '  await knex.raw(`TRUNCATE sessions`);',
      '  await prisma.$executeRaw`DELETE FROM carts WHERE id = ${id}`;',
      '  await prisma.$executeRawUnsafe(`DELETE FROM ${table}`);',
      '}',
    );
    expect(brief(await run([addedFile('src/admin/wipe.ts', code)]))).toEqual([
      'code/dynamic-sql@src/admin/wipe.ts:7 blocking',
      'sql/drop-table@src/admin/wipe.ts:4 blocking',
      'sql/truncate@src/admin/wipe.ts:5 blocking',
    ]);
  });

  it('reads Go database/sql, Java JDBC and Spring, Kotlin Exposed and Rust sqlx and diesel', async () => {
    const d = await run([
      addedFile(
        'cmd/admin/main.go',
        lines(
          'package main',
          '',
          'func main() {',
          '\tdb.ExecContext(ctx, "TRUNCATE TABLE events")',
          '\tdb.Exec("DELETE FROM events WHERE id = $1", id)',
          '}',
        ),
      ),
      addedFile(
        'src/main/java/com/acme/Cleanup.java',
        lines(
          'class Cleanup {',
          '  void run() {',
          '    jdbcTemplate.execute("DROP TABLE audit");',
          '    stmt.executeUpdate("DELETE FROM t WHERE id = " + id);',
          '    jdbcTemplate.update(String.format("DELETE FROM %s", table));',
          '  }',
          '}',
        ),
      ),
      addedFile(
        'src/main/kotlin/Reset.kt',
        lines('fun reset() {', '    transaction {', '        exec("DROP TABLE sessions")', '    }', '}'),
      ),
      addedFile(
        'src/bin/reset.rs',
        lines(
          'async fn reset(pool: &PgPool, t: &str) {',
          '    sqlx::query("DROP TABLE users").execute(pool).await.unwrap();',
          '    diesel::sql_query(format!("TRUNCATE {}", t)).execute(conn);',
          '    sqlx::query!("SELECT id FROM users").fetch_all(pool).await;',
          '}',
        ),
      ),
    ]);
    expect(brief(d)).toEqual([
      'code/dynamic-sql@src/bin/reset.rs:3 blocking',
      'code/dynamic-sql@src/main/java/com/acme/Cleanup.java:5 blocking',
      'sql/drop-table@src/bin/reset.rs:2 blocking',
      'sql/drop-table@src/main/java/com/acme/Cleanup.java:3 blocking',
      'sql/drop-table@src/main/kotlin/Reset.kt:3 blocking',
      'sql/truncate@cmd/admin/main.go:4 blocking',
    ]);
  });

  it('reads Kotlin string templates and Java text blocks as built at run time or constant', async () => {
    const d = await run([
      addedFile(
        'src/main/kotlin/Purge.kt',
        lines(
          'fun purge(name: String) {',
          '    transaction {',
          '        exec("DROP TABLE $name")',
          '        exec("SELECT 1")',
          '    }',
          '}',
        ),
      ),
      addedFile(
        'src/main/java/Purge.java',
        lines(
          'class Purge {',
          '  void run() {',
          '    jdbc.execute("""',
          '        DELETE FROM audit_log',
          '        """);',
          '  }',
          '}',
        ),
      ),
    ]);
    expect(brief(d)).toEqual([
      'code/dynamic-sql@src/main/kotlin/Purge.kt:3 blocking',
      'sql/delete-without-where@src/main/java/Purge.java:4 blocking',
    ]);
  });

  it('reads C# (EF Core, Dapper, ADO.NET) and Elixir (Repo.query!, Ecto.Adapters.SQL.query!)', async () => {
    const cs = lines(
      'public class Maintenance',
      '{',
      '    public async Task Run(AppDbContext db, NpgsqlConnection conn, string table, int id)',
      '    {',
      '        db.Database.ExecuteSqlRaw("DROP TABLE legacy_orders");',
      '        await db.Database.ExecuteSqlInterpolatedAsync($"TRUNCATE TABLE {table}");',
      '        await conn.ExecuteAsync(@"DELETE FROM sessions");',
      '        using var cmd = new NpgsqlCommand("DROP SCHEMA audit CASCADE", conn);',
      '        db.Database.ExecuteSqlRaw("DELETE FROM carts WHERE id = {0}", id);',
      '        var rows = await conn.QueryAsync<Order>("SELECT * FROM orders");',
      '    }',
      '}',
    );
    const ex = lines(
      'defmodule Acme.Maintenance do',
      '  def run(table) do',
      '    Repo.query!("TRUNCATE audit_logs")',
      '    Ecto.Adapters.SQL.query!(Repo, "DROP TABLE " <> table, [])',
      '    Repo.query!("SELECT count(*) FROM audit_logs")',
      '  end',
      'end',
    );
    expect(
      brief(await run([addedFile('src/Shop/Maintenance.cs', cs), addedFile('lib/acme/maintenance.ex', ex)])),
    ).toEqual([
      'code/dynamic-sql@lib/acme/maintenance.ex:4 blocking',
      'code/dynamic-sql@src/Shop/Maintenance.cs:6 blocking',
      'sql/delete-without-where@src/Shop/Maintenance.cs:7 blocking',
      'sql/drop-schema@src/Shop/Maintenance.cs:8 blocking',
      'sql/drop-table@src/Shop/Maintenance.cs:5 blocking',
      'sql/truncate@lib/acme/maintenance.ex:3 blocking',
    ]);
  });

  it('reads Rails connection.execute', async () => {
    const code = lines(
      'namespace :cleanup do',
      '  task run: :environment do',
      '    ActiveRecord::Base.connection.execute("DROP TABLE legacy_events")',
      '  end',
      'end',
    );
    expect(brief(await run([addedFile('lib/tasks/cleanup.rake', code)]))).toEqual([
      'sql/drop-table@lib/tasks/cleanup.rake:3 blocking',
    ]);
  });
});

describe('commands that application code runs', () => {
  it('reads PHP: PDO exec, the DB facade, shell_exec with interpolation, exec with concatenation', async () => {
    const code = lines(
      '<?php',
      '',
      'function reset_all(PDO $pdo, string $host, string $db): void',
      '{',
      '    $pdo->exec("TRUNCATE orders");',
      "    DB::statement(sprintf('DROP TABLE %s', $db));",
      '    shell_exec("redis-cli -h $host FLUSHALL");',
      "    exec('dropdb ' . $db);",
      "    exec('ls -la');",
      '}',
    );
    expect(brief(await run([addedFile('app/Console/reset.php', code)]))).toEqual([
      'code/dynamic-sql@app/Console/reset.php:6 blocking',
      'shell/datastore-wipe@app/Console/reset.php:7 blocking',
      'shell/drop-database-command@app/Console/reset.php:8 blocking',
      'sql/truncate@app/Console/reset.php:5 blocking',
    ]);
  });

  it('judges subprocess argv lists and shell strings with the command rules', async () => {
    const code = lines(
      'import subprocess, os',
      'def reset():',
      '    subprocess.run(["dropdb", "--if-exists", "orders"], check=True)',
      '    os.system("redis-cli FLUSHALL")',
      '    subprocess.run(["ls", "-la"])',
    );
    const d = await run([addedFile('ops/reset.py', code)]);
    expect(brief(d).filter((f) => f.includes(':3') || f.includes(':5'))).toEqual([
      'shell/drop-database-command@ops/reset.py:3 blocking',
    ]);
  });

  it('judges child_process, Go exec.Command, ProcessBuilder, Ruby backticks and Rust Command', async () => {
    const d = await run([
      addedFile(
        'scripts/reset.js',
        lines(
          "const { execSync } = require('child_process');",
          'execSync(`psql "$DATABASE_URL" -c \'DROP TABLE orders\'`);',
        ),
      ),
      addedFile(
        'cmd/wipe/main.go',
        lines(
          'package main',
          '',
          'func main() {',
          '\texec.Command("aws", "s3", "rm", "s3://acme-uploads", "--recursive").Run()',
          '}',
        ),
      ),
      addedFile(
        'src/main/java/Wipe.java',
        lines(
          'class Wipe {',
          '  void run() throws Exception {',
          '    new ProcessBuilder("dropdb", "orders").start();',
          '  }',
          '}',
        ),
      ),
      addedFile('lib/tasks/wipe.rake', lines('task :wipe do', '  `dropdb orders`', 'end')),
      addedFile(
        'src/bin/wipe.rs',
        lines('fn main() {', '    Command::new("dropdb").arg("orders").status().unwrap();', '}'),
      ),
    ]);
    expect(brief(d)).toEqual([
      'shell/aws-delete@cmd/wipe/main.go:4 blocking',
      'shell/drop-database-command@lib/tasks/wipe.rake:2 blocking',
      'shell/drop-database-command@src/bin/wipe.rs:2 blocking',
      'shell/drop-database-command@src/main/java/Wipe.java:3 blocking',
      'sql/drop-table@scripts/reset.js:2 blocking',
    ]);
  });
});
