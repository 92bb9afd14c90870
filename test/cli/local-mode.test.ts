import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { PRE_COMMIT_HOOK } from '../../src/cli/git-hook.js';
import { createGitRepo, isolatedGitEnv, type GitRepo } from '../helpers/git-repo.js';

const repos: GitRepo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

function repo(): GitRepo {
  const r = createGitRepo({
    base: { 'db/migrations/001_init.sql': 'CREATE TABLE users (id int);\n', 'README.md': '# app\n' },
    head: {},
  });
  repos.push(r);
  return r;
}

async function cli(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false });
  return { status, stdout, stderr };
}

async function findings(dir: string, mode: '--staged' | '--worktree') {
  const run = await cli(['check', '--repo', dir, mode, '--format', 'json']);
  const report = JSON.parse(run.stdout) as {
    verdict: string;
    findings: { ruleId: string; path: string; line: number }[];
  };
  return {
    status: run.status,
    verdict: report.verdict,
    at: report.findings.map((f) => `${f.ruleId}@${f.path}:${f.line}`),
  };
}

const write = (dir: string, path: string, text: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
};

describe('local mode', () => {
  it('--staged judges what is staged, and not what is only in the working tree', async () => {
    const r = repo();
    write(r.dir, 'db/migrations/002_drop.sql', '-- tidy\nDROP TABLE users;\n');
    write(r.dir, 'db/migrations/003_truncate.sql', 'TRUNCATE audit_log;\n');
    r.git('add', 'db/migrations/002_drop.sql');
    expect(await findings(r.dir, '--staged')).toEqual({
      status: 1,
      verdict: 'block',
      at: ['sql/drop-table@db/migrations/002_drop.sql:2'],
    });
  });

  it('--worktree judges tracked edits and untracked files, and leaves the index as it was', async () => {
    const r = repo();
    write(r.dir, 'db/migrations/003_truncate.sql', 'TRUNCATE audit_log;\n');
    write(r.dir, 'db/migrations/001_init.sql', 'CREATE TABLE users (id int);\nDELETE FROM accounts;\n');
    const indexBefore = r.git('ls-files', '--stage');
    const result = await findings(r.dir, '--worktree');
    expect(result.verdict).toBe('block');
    expect(result.at.sort()).toEqual([
      'sql/delete-without-where@db/migrations/001_init.sql:2',
      'sql/truncate@db/migrations/003_truncate.sql:1',
    ]);
    expect(r.git('ls-files', '--stage')).toBe(indexBefore);
    expect(r.git('status', '--porcelain')).toContain('?? db/migrations/003_truncate.sql');
  });

  it('allows a clean index and a clean working tree', async () => {
    const r = repo();
    expect((await findings(r.dir, '--staged')).status).toBe(0);
    expect((await findings(r.dir, '--worktree')).at).toEqual([]);
  });

  it('refuses --staged with --head or with --worktree, with exit 2', async () => {
    const r = repo();
    expect(await cli(['check', '--repo', r.dir, '--staged', '--head', 'HEAD'])).toMatchObject({
      status: 2,
      stderr: 'two-key: --staged judges the index: it takes no --head\n',
    });
    expect((await cli(['check', '--staged', '--worktree'])).stderr).toBe(
      'two-key: --staged and --worktree cannot be combined\n',
    );
  });
});

describe('two-key hook-git install', () => {
  it('writes an executable pre-commit hook once, and leaves a hook of your own alone', async () => {
    const r = repo();
    const hook = join(r.dir, '.git', 'hooks', 'pre-commit');
    expect(await cli(['hook-git', 'install', '--repo', r.dir])).toEqual({
      status: 0,
      stdout: `wrote ${hook}\n`,
      stderr: '',
    });
    expect(readFileSync(hook, 'utf8')).toBe(PRE_COMMIT_HOOK);
    expect(statSync(hook).mode & 0o111).not.toBe(0);
    expect((await cli(['hook-git', 'install', '--repo', r.dir])).stdout).toBe(`unchanged: ${hook}\n`);
    writeFileSync(hook, '#!/bin/sh\nnpm run lint\n');
    const foreign = await cli(['hook-git', 'install', '--repo', r.dir]);
    expect(foreign.status).toBe(2);
    expect(foreign.stderr).toMatch(/is a hook of your own: left as is/);
    expect(readFileSync(hook, 'utf8')).toBe('#!/bin/sh\nnpm run lint\n');
  });

  it('follows core.hooksPath', async () => {
    const r = repo();
    r.git('config', 'core.hooksPath', '.githooks');
    await cli(['hook-git', 'install', '--repo', r.dir]);
    expect(existsSync(join(r.dir, '.githooks', 'pre-commit'))).toBe(true);
  });

  it('stops a commit of a destructive migration when the hook runs', () => {
    const r = repo();
    // The hook finds `two-key` on the PATH; here that is a fresh build of this checkout's CLI.
    const bin = join(r.dir, '.bin');
    mkdirSync(bin);
    const root = join(import.meta.dirname, '..', '..');
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), join(bin, 'dist')], { stdio: 'pipe' });
    writeFileSync(
      join(bin, 'two-key'),
      `#!/bin/sh\nexec "${process.execPath}" "${join(bin, 'dist', 'cli.js')}" "$@"\n`,
      {
        mode: 0o755,
      },
    );
    writeFileSync(join(r.dir, '.git', 'hooks', 'pre-commit'), PRE_COMMIT_HOOK, { mode: 0o755 });
    write(r.dir, 'db/migrations/002_drop.sql', 'DROP TABLE users;\n');
    r.git('add', 'db/migrations/002_drop.sql');
    const env = isolatedGitEnv({ PATH: `${bin}:${process.env['PATH']}` });
    const commits = () => r.git('rev-list', '--count', 'HEAD').trim();
    const before = commits();
    expect(() => execFileSync('git', ['commit', '-qm', 'drop users'], { cwd: r.dir, env, stdio: 'pipe' })).toThrow();
    expect(commits()).toBe(before);
    // The same hook lets a harmless commit through.
    r.git('reset', '-q');
    write(r.dir, 'README.md', '# app\n\nHow to run it.\n');
    r.git('add', 'README.md');
    execFileSync('git', ['commit', '-qm', 'docs'], { cwd: r.dir, env, stdio: 'pipe' });
    expect(Number(commits())).toBe(Number(before) + 1);
  }, 120_000);
});
