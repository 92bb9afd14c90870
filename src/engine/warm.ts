import type { Policy } from '../core/policy-schema.js';
import { defaultPolicy } from '../policy/defaults.js';
import { families } from '../rules/families.js';

/**
 * Starts loading what a change's paths call for (a family's code, the Postgres parser's
 * WebAssembly, which compiles off this thread) while git is still reading the texts: the check
 * then finds them loaded instead of waiting for them. Only path conventions are asked (no text
 * yet), under the shipped policy; a family a repository's policy or a file's content adds is
 * loaded by the check as before. A failure here is left for the check to meet and report.
 */
const WARM_SAMPLE = 64;

function appliesByPath(entry: (typeof families)[number], path: string, policy: Policy): boolean {
  try {
    return entry.appliesTo(path, '', policy);
  } catch {
    return false;
  }
}

export function warmFor(paths: readonly string[]): void {
  const policy = defaultPolicy();
  // A few paths tell what a change needs; asking every family about every path of a large change costs more than it saves.
  const sample = paths.slice(0, WARM_SAMPLE);
  for (const entry of families) {
    if (!sample.some((path) => appliesByPath(entry, path, policy))) continue;
    void entry.load().catch(() => undefined);
    if (entry.family === 'sql' || entry.family === 'orm') {
      void import('../parsers/sql/pg-parser.js').then((m) => m.loadPostgresParser()).catch(() => undefined);
    }
  }
}
