import type { Policy } from '../core/policy-schema.js';
import { defaultPolicy } from '../policy/defaults.js';
import { families } from '../rules/families.js';

/**
 * Starts loading the code of the families a change's paths call for while git is still reading the texts: the check
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
    // Code only: the Postgres parser's load restores process.exitCode when it ends, which would undo an exit status set meanwhile.
    void entry.load().catch(() => undefined);
  }
}
