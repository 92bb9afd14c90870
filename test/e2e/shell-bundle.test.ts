import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitRepo, type GitRepo } from '../helpers/git-repo.js';

const root = join(import.meta.dirname, '..', '..');
let outdir: string;
let repo: GitRepo;

// A fresh bundle in a folder with no node_modules above it: the grammar must come from beside the bundle.
beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'two-key-bundle-'));
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), outdir], { stdio: 'pipe' });
  repo = createGitRepo({
    base: { 'package.json': '{\n  "scripts": {\n    "dev": "next dev"\n  }\n}\n' },
    head: {
      'package.json':
        '{\n  "scripts": {\n    "dev": "next dev",\n    "db:reset": "supabase db reset --linked"\n  }\n}\n',
    },
  });
});

afterAll(() => {
  repo?.cleanup();
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

function runtimes(): string[] {
  const found = [process.execPath];
  try {
    const systemNode = execFileSync('sh', ['-c', 'command -v node'], { encoding: 'utf8' }).trim();
    if (systemNode && execFileSync(systemNode, ['--version'], { encoding: 'utf8' }).trim() !== process.version)
      found.push(systemNode);
  } catch {
    // Only the test runtime is available.
  }
  return found;
}

describe('the bundle reads shell with the tree-sitter grammar beside it', () => {
  it('ships the tree-sitter runtime and the bash grammar', () => {
    for (const file of ['cli.js', 'tree-sitter.wasm', 'tree-sitter-bash.wasm']) {
      expect(existsSync(join(outdir, file)), file).toBe(true);
    }
  });

  for (const node of runtimes()) {
    it(`blocks a package.json script that resets the linked project (${node === process.execPath ? process.version : 'system node'})`, () => {
      const result = spawnSync(
        node,
        [join(outdir, 'cli.js'), 'check', '--repo', repo.dir, '--base', 'main', '--format', 'json'],
        {
          encoding: 'utf8',
          cwd: tmpdir(),
        },
      );
      expect(result.stderr).toBe('');
      expect(result.status).toBe(1);
      const findings = JSON.parse(result.stdout).findings;
      expect(findings).toMatchObject([{ ruleId: 'shell/supabase-db-reset', path: 'package.json', line: 4 }]);
    });
  }
});
