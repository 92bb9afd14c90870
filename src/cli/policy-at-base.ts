import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { ReadRepoFile } from '../policy/load.js';
import { defaultPolicy } from '../policy/defaults.js';
import type { Policy } from '../core/policy-schema.js';
import { PolicyFileMissing } from './errors.js';

export { PolicyFileMissing } from './errors.js';

export const POLICY_PATH = '.github/two-key.yml';

/**
 * The policy for a check. `--policy FILE` is read from disk (the user chose it); otherwise it is
 * `.github/two-key.yml` as of the base commit, so a change cannot relax its own gate. `atBase`
 * is that file's text when the caller already read it (undefined: there is none). The YAML
 * reader, the schema and every rule's id are loaded only when there is a file to validate.
 */
export async function policyFor(
  repo: string,
  baseSha: string | undefined,
  policyFile: string | undefined,
  atBase?: { text: string | undefined },
): Promise<Policy> {
  const read: ReadRepoFile = (path) => (baseSha ? readAtCommit(repo, baseSha, path) : undefined);
  let text: string;
  let name: string;
  if (policyFile !== undefined) {
    try {
      text = readFileSync(policyFile, 'utf8');
    } catch {
      throw new PolicyFileMissing(`cannot read policy file: ${policyFile}`);
    }
    name = policyFile;
  } else {
    const found = atBase ? atBase.text : read(POLICY_PATH);
    if (found === undefined) return defaultPolicy();
    text = found;
    name = POLICY_PATH;
  }
  const [{ loadPolicy }, { ruleIds, engineRuleIds }] = await Promise.all([
    import('../policy/load.js'),
    import('../rules/registry.js'),
  ]);
  return loadPolicy(text, name, read, { knownRuleIds: [...ruleIds, ...engineRuleIds] });
}

function readAtCommit(repo: string, sha: string, path: string): string | undefined {
  try {
    return execFileSync('git', ['-C', repo, 'show', `${sha}:${path}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}
