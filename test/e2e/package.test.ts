import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitRepo } from '../helpers/git-repo.js';

// The package as users get it: `npm pack`, installed into an empty folder, then the CLI and the
// library used from there, with nothing of this checkout on the path.
const root = join(import.meta.dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  files: string[];
  bin: Record<string, string>;
  exports: Record<string, unknown>;
  dependencies?: Record<string, string>;
};
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const quiet = { stdio: 'pipe' as const, encoding: 'utf8' as const };

let work: string;
let tarball: string;
let packed: { path: string; size: number }[];
let installDir: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'two-key-pack-'));
  const out = execFileSync(npm, ['pack', '--json', '--pack-destination', work], { ...quiet, cwd: root });
  const [info] = JSON.parse(out.slice(out.indexOf('['))) as { filename: string; files: typeof packed }[];
  tarball = join(work, info!.filename);
  packed = info!.files;
  installDir = join(work, 'consumer');
  execFileSync('mkdir', ['-p', installDir]);
  writeFileSync(join(installDir, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--offline', tarball], {
    ...quiet,
    cwd: installDir,
  });
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the npm package', () => {
  it('holds only what runs and what documents it', () => {
    const allowed = manifest.files.map((f) => f.replace(/\/$/, ''));
    const stray = packed
      .map((f) => f.path)
      .filter((p) => p !== 'package.json' && !allowed.some((a) => p === a || p.startsWith(`${a}/`)));
    expect(stray).toEqual([]);
    const paths = packed.map((f) => f.path);
    for (const needed of ['dist/cli.js', 'dist/lib.js', 'dist/libpg-query.wasm', 'LICENSE', 'README.md']) {
      expect(paths).toContain(needed);
    }
    expect(paths).toContain('types/lib.d.ts');
    expect(paths.some((p) => p.startsWith('src/') || p.startsWith('test/') || p.startsWith('bench/'))).toBe(false);
  });

  it('installs nothing else: the bundle carries its dependencies', () => {
    expect(manifest.dependencies ?? {}).toEqual({});
    const installed = JSON.parse(execFileSync(npm, ['ls', '--all', '--json'], { ...quiet, cwd: installDir })) as {
      dependencies: Record<string, { dependencies?: unknown }>;
    };
    expect(Object.keys(installed.dependencies)).toEqual(['two-key']);
    expect(installed.dependencies['two-key']!.dependencies ?? {}).toEqual({});
  });

  it('runs `two-key check` from the installed package on a sample repository', () => {
    const repo = createGitRepo({
      base: { 'db/migrate/001_init.sql': 'CREATE TABLE users (id int);\n' },
      head: { 'db/migrate/002_drop.sql': '-- cleanup\nDROP TABLE users;\n' },
    });
    try {
      const bin = join(installDir, 'node_modules', '.bin', 'two-key');
      let stdout = '';
      let status = 0;
      try {
        execFileSync(
          bin,
          ['check', '--repo', repo.dir, '--base', repo.baseSha, '--head', repo.headSha, '--format', 'json'],
          quiet,
        );
      } catch (error) {
        const failed = error as { status: number; stdout: string };
        status = failed.status;
        stdout = failed.stdout;
      }
      expect(status).toBe(1);
      const report = JSON.parse(stdout) as {
        verdict: string;
        findings: { ruleId: string; path: string; line: number }[];
      };
      expect(report.verdict).toBe('block');
      expect(report.findings).toContainEqual(
        expect.objectContaining({ ruleId: 'sql/drop-table', path: 'db/migrate/002_drop.sql', line: 2 }),
      );
    } finally {
      repo.cleanup();
    }
  });

  it('imports the library by name, without starting the Action, with its types beside it', () => {
    const script = [
      "import { check, defaultPolicy, allRules } from 'two-key';",
      "const d = await check({ files: [{ path: 'x.sql', status: 'added', headText: 'TRUNCATE orders;\\n',",
      '  headChangedLines: [{ start: 1, end: 1 }], baseChangedLines: [] }], commits: [] }, defaultPolicy());',
      'console.log(JSON.stringify({ verdict: d.verdict, rules: allRules.length > 50 }));',
    ].join('\n');
    writeFileSync(join(installDir, 'use.mjs'), script);
    const out = execFileSync(process.execPath, ['use.mjs'], {
      ...quiet,
      cwd: installDir,
      env: { PATH: process.env['PATH'] },
    });
    expect(JSON.parse(out)).toEqual({ verdict: 'block', rules: true });
    const pkg = join(installDir, 'node_modules', 'two-key');
    expect(existsSync(join(pkg, 'types', 'lib.d.ts'))).toBe(true);
    expect(manifest.exports['.']).toEqual({ types: './types/lib.d.ts', default: './dist/lib.js' });
  });
});
