import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distribute, POOL_THRESHOLD, workerCount } from '../../src/engine/pool.js';
import type { ChangedFile } from '../../src/core/types.js';
import { createGitRepo, type GitRepo } from '../helpers/git-repo.js';
import { mixedChange } from '../fixtures/pool/mixed-change.js';

const root = join(import.meta.dirname, '..', '..');
// Counts the worker threads a run starts (a preload: the bundle imports worker_threads after it).
const countWorkers = join(root, 'test', 'fixtures', 'pool', 'count-workers.mjs');
let outdir: string;
let repo: GitRepo;

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'two-key-pool-'));
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), outdir], { stdio: 'pipe' });
  repo = createGitRepo(mixedChange(40));
}, 120_000);

afterAll(() => {
  repo?.cleanup();
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

function checkWith(workers: string | undefined) {
  const env = { ...process.env };
  delete env['TWO_KEY_WORKERS'];
  if (workers !== undefined) env['TWO_KEY_WORKERS'] = workers;
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      countWorkers,
      join(outdir, 'cli.js'),
      'check',
      '--repo',
      repo.dir,
      '--base',
      'main',
      '--head',
      'feature',
      '--format',
      'json',
    ],
    { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const started = /workers started: (\d+)/.exec(r.stderr)?.[1];
  return { status: r.status, stdout: r.stdout, workers: Number(started) };
}

describe('the worker pool', () => {
  it('reports byte for byte what a single thread reports, on a change that mixes the families', () => {
    const single = checkWith('1');
    const pooled = checkWith('3');
    expect(single.workers).toBe(0);
    // Three threads read: this one and two workers.
    expect(pooled.workers).toBe(2);
    expect(single.status).toBe(1);
    expect(pooled.status).toBe(single.status);
    expect(pooled.stdout).toBe(single.stdout);
    // The change really reaches several families, base-tree reads and secret masking included.
    const ruleIds = new Set(
      (JSON.parse(single.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId),
    );
    for (const id of ['sql/drop-table', 'sql/dynamic-sql', 'shell/kubectl-delete', 'shell/terraform-destroy'])
      expect(ruleIds).toContain(id);
    expect([...ruleIds].some((id) => id.startsWith('secret/'))).toBe(true);
    expect([...ruleIds].some((id) => id.startsWith('env/'))).toBe(true);
    // A call reported through a function another changed file defines, whichever worker read that file.
    const calls = (JSON.parse(single.stdout) as { findings: { path: string; message: string }[] }).findings.filter(
      (f) => /^scripts\/reset_\d+\.sh$/.test(f.path) && f.message.includes('defined in scripts/lib/wipe_'),
    );
    expect(calls.length).toBe(6);
  }, 300_000);

  it('does not start for a small change', () => {
    const small = createGitRepo({ base: { 'a.sql': 'SELECT 1;\n' }, head: { 'a.sql': 'DROP TABLE a;\n' } });
    try {
      const r = spawnSync(
        process.execPath,
        [
          '--import',
          countWorkers,
          join(outdir, 'cli.js'),
          'check',
          '--repo',
          small.dir,
          '--base',
          'main',
          '--head',
          'feature',
        ],
        { encoding: 'utf8', env: { ...process.env, TWO_KEY_WORKERS: '' } },
      );
      expect(r.stderr).toContain('workers started: 0');
    } finally {
      small.cleanup();
    }
  }, 300_000);
});

describe('distribute', () => {
  it('gives the largest files first to the least loaded worker, each share in file order', () => {
    expect(distribute([5, 1, 9, 3, 3], 2)).toEqual([
      [1, 2],
      [0, 3, 4],
    ]);
    expect(distribute([1, 1, 1], 5)).toEqual([[0], [1], [2]]);
  });
  it("counts a worker's start against its share: this thread, first, takes more", () => {
    expect(distribute([4, 4, 4, 4], 2, [0, 6])).toEqual([[0, 1, 3], [2]]);
    expect(distribute([1, 1], 3, [0, 9, 9])).toEqual([[0, 1]]);
  });
});

describe('workerCount', () => {
  const file = (bytes: number): ChangedFile => ({
    path: 'a.sql',
    status: 'added',
    headText: 'x'.repeat(bytes),
    headChangedLines: [],
    baseChangedLines: [],
  });
  it('keeps a small change on one thread, whatever the machine', () => {
    expect(workerCount([file(10), file(10)], 'auto', 8)).toBe(1);
  });
  it('uses the cores, at most four and at most one per file, for a large change', () => {
    const large = [file(POOL_THRESHOLD), file(10), file(10), file(10), file(10)];
    expect(workerCount(large, 'auto', 2)).toBe(2);
    expect(workerCount(large, 'auto', 16)).toBe(4);
    expect(workerCount([file(POOL_THRESHOLD)], 'auto', 16)).toBe(1);
  });
  it('takes a forced count, and 1 means no pool', () => {
    expect(workerCount([file(10), file(10), file(10)], 2, 8)).toBe(2);
    expect(workerCount([file(POOL_THRESHOLD), file(10)], 1, 8)).toBe(1);
  });
});
