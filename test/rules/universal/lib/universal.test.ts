import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { addedFile, changeSetOf } from '../../../helpers/change-set.js';
import type { ChangedFile } from '../../../../src/core/types.js';

const run = (files: ChangedFile[]) => check(changeSetOf(files), defaultPolicy());
const brief = (d: Awaited<ReturnType<typeof run>>) =>
  d.findings.map((f) => `${f.ruleId}@${f.path}:${f.line}${f.blocking ? ' blocking' : ''}`).sort();
const lines = (...l: string[]) => l.join('\n') + '\n';

describe('the universal layer', () => {
  it('judges the lines of a text runbook, SQL over several lines and commands after a prompt', async () => {
    const d = await run([
      addedFile(
        'ops/cutover.txt',
        lines(
          'Cutover steps for the orders service, read before you start.',
          'Each step is pasted into a shell on the bastion by the on-call engineer.',
          'Tell the channel when you begin, and again when you are done.',
          'Keep the snapshot id from the backup dashboard at hand.',
          'Nobody else deploys during the window.',
          'Never run DROP TABLE users on the primary; ask the DBA first.',
          'Drop table users once the backfill is done.',
          'DELETE FROM carts',
          'WHERE updated_at < now() - interval 1 day;',
          'TRUNCATE TABLE',
          '  sessions;',
          '$ dropdb --if-exists shop_production',
          'terraform destroy removes everything in the stack.',
        ),
      ),
    ]);
    expect(brief(d)).toEqual([
      'universal/unrecognised-command@ops/cutover.txt:12 blocking',
      'universal/unrecognised-sql@ops/cutover.txt:10 blocking',
    ]);
    expect(d.findings.find((f) => f.line === 10)?.message).toContain('a context two-key has no reader for');
    expect(d.notes).toContain(
      'no reader of two-key understands this file, so only their SQL-shaped and command-shaped pieces were judged: ops/cutover.txt',
    );
  });

  it('reads values of YAML, JSON, TOML and INI files, not their keys or comments', async () => {
    const d = await run([
      addedFile('config/jobs.yaml', lines('jobs:', '  DROP TABLE x: 1', '  cleanup: DROP TABLE `audit_log`')),
      addedFile(
        'config/release.json',
        lines('{', '  "DELETE FROM users;": "ok",', '  "hook": "DELETE FROM users;"', '}'),
      ),
      addedFile(
        'deploy/hooks.toml',
        lines('# pre = "TRUNCATE orders"', '[hooks]', 'pre = "TRUNCATE TABLE sessions, carts"'),
      ),
      addedFile(
        'deploy/supervisor.conf',
        lines('; command = dropdb a', '[program:reset]', 'command = dropdb shop_production'),
      ),
    ]);
    expect(brief(d)).toEqual([
      'universal/unrecognised-command@deploy/supervisor.conf:3 blocking',
      'universal/unrecognised-sql@config/jobs.yaml:3 blocking',
      'universal/unrecognised-sql@config/release.json:3 blocking',
      'universal/unrecognised-sql@deploy/hooks.toml:3 blocking',
    ]);
  });

  it('reads notebook cells by their magics and skips Markdown cells', async () => {
    const notebook = JSON.stringify(
      {
        cells: [
          { cell_type: 'markdown', metadata: {}, source: ['DROP TABLE docs_only;\n'] },
          { cell_type: 'code', metadata: {}, source: ['%%sql\n', 'DROP TABLE analytics.events;\n'] },
          { cell_type: 'code', metadata: {}, source: ['x = 1\n', '!dropdb shop_production\n'] },
        ],
      },
      null,
      1,
    );
    const d = await run([addedFile('analysis/cleanup.ipynb', notebook + '\n')]);
    const at = (s: string) => notebook.split('\n').findIndex((l) => l.includes(s)) + 1;
    expect(brief(d)).toEqual([
      `universal/unrecognised-command@analysis/cleanup.ipynb:${at('!dropdb')} blocking`,
      `universal/unrecognised-sql@analysis/cleanup.ipynb:${at('analytics.events')} blocking`,
    ]);
  });

  it('reads string literals of code, and extensionless scripts by their shebang', async () => {
    const d = await run([
      addedFile(
        'app/tasks/cleanup.py',
        lines('def run(cur):', '    # cur.execute("DROP TABLE a")', '    cur.execute("DROP TABLE legacy_orders")'),
      ),
      addedFile('bin/reset-db', lines('#!/usr/bin/env python3', 'import os', 'os.system("dropdb shop_production")')),
      addedFile('src/ui/help.ts', "export const hint = 'Never DROP TABLE in production';\n"),
    ]);
    // SQL handed to cur.execute is read precisely by the code family; the universal layer adds nothing on that line.
    expect(brief(d)).toEqual([
      'sql/drop-table@app/tasks/cleanup.py:3 blocking',
      'universal/unrecognised-command@bin/reset-db:3 blocking',
    ]);
  });

  it('adds nothing where a precise reader read the file or reported the line', async () => {
    const d = await run([
      addedFile('db/migrations/V1__scratch.sql', lines('CREATE TABLE scratch (id int);', 'DROP TABLE scratch;')),
      addedFile('scripts/reset.sh', lines('#!/bin/sh', 'dropdb shop_production')),
    ]);
    expect(brief(d)).toEqual(['shell/drop-database-command@scripts/reset.sh:2 blocking']);
  });

  it('judges a command written into a SQL file, and not the names inside its SQL statements', async () => {
    const d = await run([
      addedFile(
        'db/migrations/V7__cleanup.sql',
        lines(
          '-- This program is free software; run it with psql.',
          "INSERT INTO tools (name) VALUES ('rm'), ('dropdb'),",
          "  ('terraform');",
          'SELECT name,',
          '  find',
          'FROM tools;',
          'dropdb shop_production;',
          'rm -rf /var/lib/postgresql/data;',
        ),
      ),
    ]);
    expect(brief(d)).toEqual([
      'universal/unrecognised-command@db/migrations/V7__cleanup.sql:7 blocking',
      'universal/unrecognised-command@db/migrations/V7__cleanup.sql:8 blocking',
    ]);
  });

  it('lists what no family reads, and leaves prose, docs and data alone', async () => {
    const d = await run([
      addedFile('CHANGELOG.md', 'DROP TABLE legacy;\n'),
      addedFile('docs/reset.conf', 'on_start = DROP TABLE legacy;\n'),
      addedFile('data/export.csv', 'id,sql\n1,DROP TABLE legacy;\n'),
      addedFile(
        '.github/ISSUE_TEMPLATE/bug_report.yml',
        lines(
          'body:',
          '  - type: markdown',
          '    attributes:',
          '      value: |',
          '        Try: bin/rails db:drop db:create',
        ),
      ),
    ]);
    expect(brief(d)).toEqual([]);
    expect(d.notes).toEqual([
      'not read (documentation, prose or data): CHANGELOG.md, docs/reset.conf, data/export.csv, .github/ISSUE_TEMPLATE/bug_report.yml',
    ]);
  });

  it('judges the string literals of code no grammar reads (Scala, Dart), once per line', async () => {
    const d = await run([
      addedFile(
        'app/Reset.scala',
        lines(
          'object Reset',
          '{',
          '  def run(conn: Connection): Unit =',
          '    {',
          '        conn.Execute("DROP TABLE IF EXISTS orders");',
          '        db.Database.ExecuteSqlRaw("TRUNCATE TABLE \\"Sessions\\"");',
          '        conn.Execute($"DELETE FROM {table}");',
          '        conn.Execute("DELETE FROM orders WHERE id = @id", new { id });',
          '        Console.WriteLine("Dropping the cache; it\'s rebuilt on start");',
          '    }',
          '}',
        ),
      ),
      addedFile(
        'scripts/release.dart',
        lines(
          'class Release {',
          '  Future<void> reset() async {',
          '    await conn.execute("DROP TABLE audit_logs");',
          '    await conn.query("SELECT count(*) FROM audit_logs");',
          '  }',
          '}',
        ),
      ),
      addedFile('ops/steps.txt', lines('psql -c "DROP TABLE legacy"')),
    ]);
    expect(brief(d)).toEqual([
      'universal/unrecognised-command@ops/steps.txt:1 blocking',
      'universal/unrecognised-sql@app/Reset.scala:5 blocking',
      'universal/unrecognised-sql@app/Reset.scala:6 blocking',
      'universal/unrecognised-sql@app/Reset.scala:7 blocking',
      'universal/unrecognised-sql@scripts/release.dart:3 blocking',
    ]);
  });

  it('reads SQL that dbt builds inside Jinja tags: run_query with ~, hooks in config(), adapter drops', async () => {
    const d = await run([
      addedFile(
        'macros/cleanup.sql',
        lines(
          '{% macro cleanup(relation) %}',
          '  {% do run_query("drop table " ~ relation) %}',
          '  {% do adapter.drop_relation(relation) %}',
          '  {% set n = run_query("select count(*) from " ~ relation) %}',
          '{% endmacro %}',
        ),
      ),
      addedFile(
        'models/orders.sql',
        lines(
          '{{ config(materialized="table", post_hook="truncate table " ~ source("raw", "orders")) }}',
          '{{ config(post_hook="grant select on " ~ this ~ " to reporter") }}',
          'select * from {{ source("raw", "orders") }}',
        ),
      ),
    ]);
    expect(brief(d)).toEqual([
      'universal/unrecognised-sql@macros/cleanup.sql:2 blocking',
      'universal/unrecognised-sql@macros/cleanup.sql:3 blocking',
      'universal/unrecognised-sql@models/orders.sql:1 blocking',
    ]);
  });

  it('reads SQL with its template holes filled (dbt hooks, Jinja), and commands of the framework CLIs', async () => {
    const d = await run([
      addedFile(
        'dbt_project.yml',
        lines(
          'name: analytics',
          'on-run-start:',
          '  - "drop schema if exists {{ target.schema }}_staging cascade"',
          '  - "grant usage on schema {{ target.schema }} to role reporter"',
          'on-run-end:',
          '  - "{% if target.name == \'prod\' %}vacuum analyze{% endif %}"',
        ),
      ),
      addedFile(
        '.platform.app.yaml',
        lines('hooks:', '  deploy: |', '    set -e', '    php artisan migrate:fresh --force'),
      ),
      addedFile('deploy/hooks.yaml', lines('hooks:', '  release: php artisan migrate --force')),
    ]);
    expect(brief(d)).toEqual([
      'universal/unrecognised-command@.platform.app.yaml:4 blocking',
      'universal/unrecognised-sql@dbt_project.yml:3 blocking',
    ]);
  });

  it('reads a crontab line in a file no crontab reader recognises, past its schedule and user column', async () => {
    const d = await run([
      addedFile(
        'ops/cron/rotate',
        lines(
          '# m h dom mon dow user command',
          '15 2 * * * deploy azcopy remove "https://acme.blob.core.windows.net/uploads" --recursive',
          '@daily dropdb shop_production',
          '0 3 * * * pg_dump shop > /backups/shop.sql',
          '*/5 * * * 1-5 deploy rclone copy /var/backups b2:acme',
        ),
      ),
    ]);
    expect(brief(d)).toEqual([
      'universal/unrecognised-command@ops/cron/rotate:2 blocking',
      'universal/unrecognised-command@ops/cron/rotate:3 blocking',
    ]);
  });

  it('reads CQL files: a dropped keyspace or table blocks, a created one does not', async () => {
    const d = await run([
      addedFile('db/cql/001_drop.cql', lines('DROP KEYSPACE IF EXISTS analytics;')),
      addedFile(
        'db/cql/002_events.cql',
        lines(
          'CREATE TABLE IF NOT EXISTS analytics.events_by_day (day date, ts timeuuid, PRIMARY KEY (day, ts));',
          'DROP COLUMNFAMILY analytics.events_legacy;',
        ),
      ),
      addedFile('db/cql/003_add.cql', lines('CREATE KEYSPACE IF NOT EXISTS audit WITH replication = {};')),
    ]);
    expect(brief(d)).toEqual([
      'universal/unrecognised-sql@db/cql/001_drop.cql:1 blocking',
      'universal/unrecognised-sql@db/cql/002_events.cql:2 blocking',
    ]);
  });

  it('judges a command after a key, an instruction or an XML element, and a quoted one after `=>`', async () => {
    const d = await run([
      addedFile(
        'salt/db/init.sls',
        lines('reset-db:', '  cmd.run:', '    - name: dropdb -h db.acme.internal orders', '    - runas: postgres'),
      ),
      addedFile('build/Tasks.build', lines('deploy:', '    RUN --secret AWS_KEY aws s3 rm s3://acme-data --recursive')),
      addedFile(
        'pom.xml',
        lines(
          '<project>',
          '  <arguments>',
          '    <argument>dropdb -h db.acme.internal orders</argument>',
          '  </arguments>',
          '</project>',
        ),
      ),
      addedFile(
        'manifests/db.pp',
        lines("exec { 'drop':", "  command => '/usr/bin/dropdb -h db.acme.internal orders',", '}'),
      ),
      addedFile('salt/web/init.sls', lines('reload:', '  cmd.run:', '    - name: systemctl reload nginx')),
    ]);
    expect(brief(d)).toEqual([
      'universal/unrecognised-command@build/Tasks.build:2 blocking',
      'universal/unrecognised-command@manifests/db.pp:2 blocking',
      'universal/unrecognised-command@pom.xml:3 blocking',
      'universal/unrecognised-command@salt/db/init.sls:3 blocking',
    ]);
  });
});
