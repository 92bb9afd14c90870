import { execFileSync } from 'node:child_process';
import type { BaseTree } from '../core/types.js';

/** Base files larger than this are treated as absent: they are data, not a schema or a migration. */
const MAX_BASE_FILE_BYTES = 2 * 1024 * 1024;

/**
 * The base commit's tree, read on demand through git (no shell; the commit is a resolved sha and
 * paths come from git's own listing). Reads that fail answer "unknown", never an error.
 */
export function gitBaseTree(repo: string, commit: string): BaseTree {
  let paths: string[] | undefined;
  const cache = new Map<string, string | undefined>();
  const git = (args: string[]) =>
    execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
      cwd: repo,
      maxBuffer: MAX_BASE_FILE_BYTES + 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0' },
    });
  const all = (): string[] => {
    if (paths === undefined) {
      try {
        paths = git(['ls-tree', '-r', '-z', '--name-only', commit]).toString('utf8').split('\0').filter(Boolean);
      } catch {
        paths = [];
      }
    }
    return paths;
  };
  return {
    list(folder) {
      const prefix = folder === '' ? '' : folder.replace(/\/+$/, '') + '/';
      return all().filter((p) => p.startsWith(prefix));
    },
    read(path) {
      if (cache.has(path)) return cache.get(path);
      let text: string | undefined;
      if (all().includes(path)) {
        try {
          const blob = git(['cat-file', 'blob', `${commit}:${path}`]);
          text = blob.includes(0) ? undefined : blob.toString('utf8');
        } catch {
          text = undefined;
        }
      }
      cache.set(path, text);
      return text;
    },
  };
}
