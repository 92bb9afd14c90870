import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { notARepository, runGit } from './git-exec.js';

const MARKER = '# two-key pre-commit hook';

/** The pre-commit hook: what is staged is judged before it becomes a commit; a block stops the commit. */
export const PRE_COMMIT_HOOK = `#!/bin/sh
${MARKER} (written by \`two-key hook-git install\`; remove this file to uninstall)
if command -v two-key >/dev/null 2>&1; then
  exec two-key check --staged
fi
exec npx --no-install two-key check --staged
`;

export type HookInstallResult = { status: 'written' | 'unchanged'; path: string } | { status: 'foreign'; path: string };

function hooksDir(repo: string): string {
  const dir = runGit(repo, ['rev-parse', '--git-path', 'hooks'], notARepository(repo)).trim();
  return isAbsolute(dir) ? dir : join(repo, dir);
}

/**
 * Installs the pre-commit hook where git looks for hooks (core.hooksPath respected). Idempotent; a
 * hook that someone else wrote is never overwritten.
 */
export function installPreCommitHook(repo: string): HookInstallResult {
  const path = join(hooksDir(repo), 'pre-commit');
  if (existsSync(path)) {
    const current = readFileSync(path, 'utf8');
    if (current === PRE_COMMIT_HOOK) return { status: 'unchanged', path };
    if (!current.includes(MARKER)) return { status: 'foreign', path };
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, PRE_COMMIT_HOOK);
  chmodSync(path, 0o755);
  return { status: 'written', path };
}
