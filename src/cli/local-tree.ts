import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { GitInputError } from './git-change-set.js';

/**
 * The tree that local mode judges: the index as `git write-tree` records it (`staged`), or the
 * working tree with untracked, unignored files (`worktree`), written through a private copy of
 * the index so that the user's staging area is left exactly as it was.
 */
export function snapshotTree(repo: string, mode: 'staged' | 'worktree'): string {
  const git = (args: string[], env: NodeJS.ProcessEnv = process.env): string => {
    try {
      return execFileSync('git', args, {
        cwd: repo,
        env: { ...env, LC_ALL: 'C' },
        encoding: 'utf8',
        stdio: 'pipe',
      }).trim();
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? '').split('\n')[0] ?? '';
      throw new GitInputError(
        `git failed while reading the ${mode === 'staged' ? 'index' : 'working tree'}: ${stderr.replace(/^(fatal|error): /, '')}`,
      );
    }
  };
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
