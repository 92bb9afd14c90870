import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { defaultPolicy } from '../policy/defaults.js';
import { loadPolicy } from '../policy/load.js';
import type { Policy } from '../core/policy-schema.js';
import { engineRuleIds, ruleIds } from '../rules/registry.js';

export const POLICY_FILE = '.github/two-key.yml';

/** The repository a directory is in (the nearest folder with .git), or the directory itself. */
export function repositoryRoot(cwd: string): string {
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(cwd);
    dir = parent;
  }
}

/**
 * The repository's policy as it is on disk (the same file the PR check reads at the base), or
 * the shipped default. A policy that does not load throws: the hook then denies.
 */
export function runtimePolicy(root: string): Policy {
  const file = join(root, POLICY_FILE);
  if (!existsSync(file)) return defaultPolicy();
  const read = (path: string) => {
    const target = resolve(root, path);
    if (relative(root, target).startsWith('..')) return undefined;
    try {
      return readFileSync(target, 'utf8');
    } catch {
      return undefined;
    }
  };
  return loadPolicy(readFileSync(file, 'utf8'), POLICY_FILE, read, { knownRuleIds: [...ruleIds, ...engineRuleIds] });
}
