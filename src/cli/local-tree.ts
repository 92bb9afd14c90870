import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { runGit } from './git-exec.js';

/**
 * The tree that local mode judges: the index as `git write-tree` records it (`staged`), or the
 * working tree with untracked, unignored files (`worktree`), written through a private copy of
 * the index so that the user's staging area is left exactly as it was.
 */
export function snapshotTree(repo: string, mode: 'staged' | 'worktree'): string {
  const what = mode === 'staged' ? 'index' : 'working tree';
  const git = (args: string[], env: NodeJS.ProcessEnv = process.env): string =>
    runGit(repo, args, (error) => `git failed while reading the ${what}: ${error}`, env).trim();
  if (mode === 'staged') return git(['write-tree']);
  const scratch = mkdtempSync(join(tmpdir(), 'two-key-index-'));
  try {
    const index = join(scratch, 'index');
    const gitPath = git(['rev-parse', '--git-path', 'index']);
    const current = isAbsolute(gitPath) ? gitPath : join(repo, gitPath);
    if (existsSync(current)) copyFileSync(current, index);
    const env = { ...process.env, GIT_INDEX_FILE: index };
    git(['add', '--all', '--', '.'], env);
    return git(['write-tree'], env);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
