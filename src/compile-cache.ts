import { lstatSync, mkdirSync } from 'node:fs';
import nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type EnableCompileCache = (directory?: string) => unknown;

/**
 * Lets Node keep V8's compiled code of the bundle between runs (Node 22.1 and later; a no-op
 * before), which saves most of the start-up of a process that runs once per agent command.
 *
 * The cache is code Node runs, so nothing else may be able to write it: it lives in a directory
 * of this user's own, readable by nobody else, and is never used in CI, where an earlier step of
 * the job may have run the pull request's code as the same user.
 */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): void {
  const enable = (nodeModule as { enableCompileCache?: EnableCompileCache }).enableCompileCache;
  if (!enable || env['CI'] || env['GITHUB_ACTIONS'] || env['TWO_KEY_NO_COMPILE_CACHE']) return;
  const directory = privateDirectory(join(tmpdir(), `two-key-compile-cache-${process.getuid?.() ?? 'user'}`));
  if (directory) enable(directory);
}

/** The directory, created if missing, when it is a real directory this user owns and nobody else can write. */
function privateDirectory(path: string): string | undefined {
  try {
    mkdirSync(path, { recursive: true, mode: 0o700 });
    const stat = lstatSync(path);
    const uid = process.getuid?.();
    if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid) || (stat.mode & 0o077) !== 0) return undefined;
    return path;
  } catch {
    return undefined;
  }
}
