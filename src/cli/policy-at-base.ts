import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadPolicy, type ReadRepoFile } from '../policy/load.js';
import { defaultPolicy } from '../policy/defaults.js';
import type { Policy } from '../core/policy-schema.js';
import { ruleIds, engineRuleIds } from '../rules/registry.js';

export const POLICY_PATH = '.github/two-key.yml';

/**
 * The policy for a check. `--policy FILE` is read from disk (the user chose it); otherwise it is
 * `.github/two-key.yml` as of the base commit, so a change cannot relax its own gate.
 */
export function policyFor(repo: string, baseSha: string | undefined, policyFile: string | undefined): Policy {
  const knownRuleIds = [...ruleIds, ...engineRuleIds];
  const atBase: ReadRepoFile = (path) => (baseSha ? readAtCommit(repo, baseSha, path) : undefined);
  if (policyFile !== undefined) {
    let text: string;
    try {
      text = readFileSync(policyFile, 'utf8');
    } catch {
      throw new PolicyFileMissing(`cannot read policy file: ${policyFile}`);
    }
    return loadPolicy(text, policyFile, atBase, { knownRuleIds });
  }
  const text = atBase(POLICY_PATH);
  return text === undefined ? defaultPolicy() : loadPolicy(text, POLICY_PATH, atBase, { knownRuleIds });
}

export class PolicyFileMissing extends Error {}

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
