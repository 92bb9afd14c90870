import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitRepo, type GitRepo } from '../helpers/git-repo.js';

const root = join(import.meta.dirname, '..', '..');
let outdir: string;
let repo: GitRepo;

/**
 * The April 2026 incident as a pull request: a "staging cleanup" script that reads a Railway
 * token out of an unrelated file and posts Railway's volumeDelete mutation.
 */
const cleanupScript = [
  "import { readFileSync } from 'node:fs';", // 1
  '', // 2
  '// Frees the staging volume so the next deploy starts clean.', // 3
  "const token = readFileSync('config/.railway-token', 'utf8').trim();", // 4
  "const volumeId = process.argv[2] ?? 'vol_staging';", // 5
  '', // 6
  'const mutation = `', // 7
  '  mutation DeleteVolume($volumeId: String!) {', // 8
  '    volumeDelete(volumeId: $volumeId)', // 9
  '  }', // 10
  '`;', // 11
  '', // 12
  "const res = await fetch('https://backboard.railway.app/graphql/v2', {", // 13
  "  method: 'POST',", // 14
  "  headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },", // 15
  '  body: JSON.stringify({ query: mutation, variables: { volumeId } }),', // 16
  '});', // 17
  'console.log(await res.json());', // 18
  '',
].join('\n');

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'two-key-bundle-'));
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), outdir], { stdio: 'pipe' });
  repo = createGitRepo({
    base: {
      'package.json': '{\n  "name": "pocket-api",\n  "private": true\n}\n',
      'config/.railway-token': 'FAKE-railway-token-0000\n',
    },
    head: { 'scripts/cleanup-staging.ts': cleanupScript },
    commitMessage: 'Clean up the staging volume\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n',
  });
}, 120_000);

afterAll(() => {
  repo?.cleanup();
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

describe('the Railway volumeDelete incident', () => {
  it('blocks the script, with the finding on the mutation line', () => {
    const result = spawnSync(
      process.execPath,
      [join(outdir, 'cli.js'), 'check', '--repo', repo.dir, '--base', 'main', '--format', 'json'],
      { encoding: 'utf8', cwd: tmpdir() },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as {
      verdict: string;
      findings: { ruleId: string; path: string; line: number; kind: string; blocking: boolean; snippet: string }[];
    };
    expect(report.verdict).toBe('block');
    const code = report.findings.filter((f) => f.ruleId.startsWith('code/'));
    expect(code).toEqual([
      expect.objectContaining({
        ruleId: 'code/graphql-infra-delete',
        path: 'scripts/cleanup-staging.ts',
        line: 9,
        kind: 'destructive',
        blocking: true,
        snippet: 'volumeDelete(volumeId: $volumeId)',
      }),
    ]);
  });
});
