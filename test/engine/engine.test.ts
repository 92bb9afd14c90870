import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/engine.js';
import type { ChangedFile } from '../../src/core/types.js';
import { defaultPolicy, strictPolicy } from '../../src/policy/defaults.js';
import { loadPolicy } from '../../src/policy/load.js';
import { addedFile, changedFile, changeSetOf, modifiedFile } from '../helpers/change-set.js';

const run = (files: ChangedFile[], policy = defaultPolicy()) => check(changeSetOf(files), policy);
const brief = (d: Awaited<ReturnType<typeof run>>) =>
  d.findings.map(
    (f) => `${f.ruleId}@${f.path}:${f.line}${f.blocking ? ' blocking' : ''}${f.rollbackOnly ? ' rollback' : ''}`,
  );

describe('engine', () => {
  it('reports only statements on lines the change touched', async () => {
    const base = 'DROP TABLE old_a;\n';
    const head = 'DROP TABLE old_a;\nDROP TABLE old_b;\n';
    const d = await run([modifiedFile('db/migrations/V1__x.sql', base, head, [[2, 2]])]);
    expect(brief(d)).toEqual(['sql/drop-table@db/migrations/V1__x.sql:2 blocking']);
    expect(d.verdict).toBe('block');
  });

  it('points at the exact line after non-ASCII text', async () => {
    const d = await run([
      addedFile('db/migrations/V2__x.sql', "-- café ☕ 数据\nSELECT 'ü';\n\n  DROP TABLE bookings;\n"),
    ]);
    expect(d.findings[0]).toMatchObject({
      ruleId: 'sql/drop-table',
      line: 4,
      column: 3,
      snippet: 'DROP TABLE bookings;',
    });
  });

  it('reports rollback-only code without blocking', async () => {
    const d = await run([
      addedFile('db/migrations/000050_x.down.sql', 'DROP TABLE api_tokens;'),
      addedFile('db/migration/U45__add_points.sql', 'DROP TABLE loyalty_points;'),
      addedFile('revert/customer_notes.sql', 'BEGIN;\nDROP TABLE crm.customer_notes;\nCOMMIT;'),
      addedFile(
        'db/migrations/20240617_tokens.sql',
        '-- migrate:up\nCREATE TABLE t (id int);\n\n-- migrate:down\nDROP TABLE t;\n',
      ),
      addedFile(
        'db/changelog/001.sql',
        '--liquibase formatted sql\n--changeset a:1\nCREATE TABLE c (id int);\n--rollback DROP TABLE c;\n',
      ),
    ]);
    expect(d.verdict).toBe('allow');
    expect(d.findings.every((f) => f.rollbackOnly && !f.blocking)).toBe(true);
    expect(brief(d)).toEqual([
      'sql/drop-table@db/changelog/001.sql:4 rollback',
      'sql/drop-table@db/migration/U45__add_points.sql:1 rollback',
      'sql/drop-table@db/migrations/000050_x.down.sql:1 rollback',
      'sql/drop-table@db/migrations/20240617_tokens.sql:5 rollback',
      'sql/drop-table@revert/customer_notes.sql:2 rollback',
    ]);
  });

  describe('a suppression kept from the base branch', () => {
    const path = 'db/migrations/V3__cleanup.sql';
    const base = '-- two-key: allow sql/drop-table -- import scratch table\nDROP TABLE tmp_import;\n';

    it('silences nothing when the statement under it is not the one it approved', async () => {
      const head = '-- two-key: allow sql/drop-table -- import scratch table\nDROP TABLE users;\n';
      const d = await run([changedFile(path, base, head)]);
      expect(brief(d)).toEqual([`sql/drop-table@${path}:2 blocking`]);
      expect(d.findings[0]!.message).toContain('the two-key: allow on line 1 no longer matches');
      expect(d.notes).toEqual([
        `${path}:1: stale suppression of sql/drop-table: what it covers changed since it was approved`,
      ]);
      expect(d.verdict).toBe('block');
    });

    it('silences nothing over a statement inserted under it', async () => {
      const head =
        '-- two-key: allow sql/drop-table -- import scratch table\nDROP TABLE users;\nDROP TABLE tmp_import;\n';
      const d = await run([changedFile(path, base, head)]);
      expect(brief(d)).toEqual([`sql/drop-table@${path}:2 blocking`]);
    });

    it('silences nothing over a statement that was not destructive when it was approved', async () => {
      const before = '-- two-key: allow sql/drop-table -- archived in INC-12\nSELECT 1;\n';
      const head = '-- two-key: allow sql/drop-table -- archived in INC-12\nDROP TABLE legacy;\n';
      const d = await run([changedFile(path, before, head)]);
      expect(brief(d)).toEqual([`sql/drop-table@${path}:2 blocking`]);
    });

    it('still silences the statement it approved when only whitespace around it changed', async () => {
      const head = '-- two-key: allow sql/drop-table -- import scratch table\nDROP TABLE\n  tmp_import;\n';
      const d = await run([changedFile(path, base, head)]);
      expect(d.findings).toEqual([]);
      expect(d.notes).toEqual([]);
      expect(d.verdict).toBe('allow');
    });
  });

  it('reports a suppression the change adds, and still blocks', async () => {
    const d = await run([
      addedFile(
        'db/migrations/V4__x.sql',
        'SELECT 1;\n-- two-key: allow sql/drop-table -- trust me\nDROP TABLE users;\n',
      ),
    ]);
    expect(brief(d)).toEqual([
      'core/added-suppression@db/migrations/V4__x.sql:2 blocking',
      'sql/drop-table@db/migrations/V4__x.sql:3 blocking',
    ]);
  });

  it('lets the policy accept suppressions the change adds', async () => {
    const policy = loadPolicy('suppressions:\n  allowAdded: true\n', '.github/two-key.yml');
    const d = await run(
      [addedFile('db/migrations/V4__x.sql', 'DROP TABLE users; -- two-key: allow sql/drop-table -- ok\n')],
      policy,
    );
    expect(brief(d)).toEqual(['core/added-suppression@db/migrations/V4__x.sql:1']);
    expect(d.verdict).toBe('allow');
  });

  it('reports findings in test paths without blocking', async () => {
    const d = await run([addedFile('tests/integration/sql/setup.sql', 'DROP SCHEMA IF EXISTS it_test CASCADE;')]);
    expect(brief(d)).toEqual(['sql/drop-schema@tests/integration/sql/setup.sql:1']);
    expect(d.verdict).toBe('allow');
  });

  it('blocks a production reference only together with destructive work on the same statement', async () => {
    const d = await run([
      addedFile('warehouse/bq/a.sql', 'DELETE FROM `acme-analytics-prod.events.page_views`\nWHERE TRUE;'),
      addedFile('warehouse/bq/b.sql', 'INSERT INTO `acme-analytics-prod.events.daily` SELECT 1;'),
    ]);
    expect(brief(d)).toEqual([
      'sql/tautological-where@warehouse/bq/a.sql:1 blocking',
      'sql/production-object@warehouse/bq/a.sql:1 blocking',
      'sql/production-object@warehouse/bq/b.sql:1',
    ]);
  });

  it('fails closed on a SQL file it cannot read, and notes skipped binaries', async () => {
    const d = await run([
      {
        ...addedFile('db/migrations/V5__huge.sql', ''),
        headText: undefined,
        unreadable: 'is 80 MB, over the 64 MB limit',
      },
      { ...addedFile('assets/logo.png', ''), headText: undefined, binary: true },
    ]);
    expect(brief(d)).toEqual(['core/unreadable-file@db/migrations/V5__huge.sql:1 blocking']);
    expect(d.notes).toEqual(['assets/logo.png: binary file, not checked']);
  });

  it('fails closed on an unreadable file where a deploy could run it, whatever its name', async () => {
    const d = await run([
      { ...addedFile('bin/reset', ''), headText: undefined, binary: true },
      {
        ...addedFile('db/migrations/0007_cleanup', ''),
        headText: undefined,
        unreadable: 'holds a NUL byte at byte 9000',
      },
      { ...addedFile('infra/modules/db', ''), headText: undefined, unreadable: 'is a submodule' },
      { ...addedFile('assets/notes.bin', ''), headText: undefined, unreadable: 'holds a NUL byte at byte 12' },
    ]);
    expect(brief(d)).toEqual([
      'core/unreadable-file@bin/reset:1 blocking',
      'core/unreadable-file@db/migrations/0007_cleanup:1 blocking',
      'core/unreadable-file@infra/modules/db:1 blocking',
    ]);
    expect(d.notes).toEqual(['assets/notes.bin: holds a NUL byte at byte 12, not checked']);
  });

  it('judges a file renamed into a place it runs as wholly changed', async () => {
    const sql = 'DROP TABLE orders;\n';
    const renamed = (from: string, to: string) => ({
      ...addedFile(to, sql),
      status: 'renamed' as const,
      previousPath: from,
      baseText: sql,
      headChangedLines: [],
      baseChangedLines: [],
    });
    const d = await run([
      renamed('db/migrations/0003_orders.down.sql', 'db/migrations/0003_orders.up.sql'),
      renamed('docs/examples/cleanup.sql', 'db/migrations/0004_cleanup.sql'),
      renamed('db/migrations/0005_a.sql', 'db/migrations/0005_b.sql'),
    ]);
    expect(brief(d)).toEqual([
      'sql/drop-table@db/migrations/0003_orders.up.sql:1 blocking',
      'sql/drop-table@db/migrations/0004_cleanup.sql:1 blocking',
    ]);
  });

  it('reads SQL hidden in a .txt file, and ignores prose that mentions DROP TABLE', async () => {
    const d = await run([
      addedFile('ops/queries/prune.sql.txt', '-- prune\nBEGIN;\nTRUNCATE TABLE audit_events;\nCOMMIT;\n'),
      addedFile('docs/adr/0007.md', 'We will never run DROP TABLE users; in production.\n'),
      addedFile('notes.txt', 'Remember: drop table is dangerous, delete from prod rarely.\n'),
    ]);
    expect(brief(d)).toEqual(['sql/truncate@ops/queries/prune.sql.txt:3 blocking']);
  });

  it('applies per-rule severities from the policy', async () => {
    const policy = loadPolicy('rules:\n  sql/drop-table: warn\n  sql/truncate: "off"\n', '.github/two-key.yml');
    const d = await run([addedFile('db/migrations/V6__x.sql', 'DROP TABLE a;\nTRUNCATE b;\n')], policy);
    expect(brief(d)).toEqual(['sql/drop-table@db/migrations/V6__x.sql:1']);
    expect(d.verdict).toBe('allow');
  });

  it('asks more of agent-authored changes under the strict policy', async () => {
    const files = [addedFile('db/migrations/V7__x.sql', 'ALTER TABLE users DROP COLUMN phone;')];
    const commits = [
      {
        sha: 'a',
        authorName: 'Dev',
        authorEmail: 'dev@example.com',
        message: 'Drop phone\n\nCo-authored-by: Claude <noreply@anthropic.com>',
      },
    ];
    const d = await check(changeSetOf(files, { commits }), strictPolicy());
    expect(d.agent.detected).toBe(true);
    expect(d.requirements).toEqual([{ reason: 'destructive change (agent-authored)', approvals: 3, from: [] }]);
  });
});
