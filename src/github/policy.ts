import { defaultPolicy } from '../policy/defaults.js';
import { loadPolicy, normalizeRepoPath, parsePolicyFile } from '../policy/load.js';
import type { Policy } from '../core/policy-schema.js';
import { engineRuleIds, ruleIds } from '../rules/registry.js';
import { refKey, type BlobReader } from './blobs.js';

/** Deeper `extends` chains than this are a mistake; loadPolicy reports the cycle or the missing file. */
const MAX_EXTENDS = 8;

/**
 * The policy as of the pull request's base commit: a pull request that edits the policy cannot
 * relax its own gate. The `extends` chain is fetched first, because loading reads files synchronously.
 */
export async function readPolicyAtBase(reader: BlobReader, baseSha: string, path: string): Promise<Policy> {
  const knownRuleIds = [...ruleIds, ...engineRuleIds];
  const files = new Map<string, string>();
  const readTextAt = async (file: string): Promise<string | undefined> => {
    const ref = { commit: baseSha, path: file };
    const decoded = (await reader.read([ref])).get(refKey(ref));
    if (decoded === undefined) return undefined;
    if ('text' in decoded) return decoded.text;
    throw new Error(`${file} at ${baseSha.slice(0, 12)} ${'binary' in decoded ? 'is binary' : decoded.unreadable}`);
  };
  const text = await readTextAt(path);
  if (text === undefined) return defaultPolicy();
  let current: { text: string; name: string } | undefined = { text, name: path };
  for (let depth = 0; current && depth < MAX_EXTENDS; depth++) {
    const target: string | undefined = parsePolicyFile(current.text, current.name, { knownRuleIds }).extends;
    const next: string | undefined = target === undefined ? undefined : normalizeRepoPath(target);
    if (next === undefined || files.has(next)) break;
    const parent = await readTextAt(next);
    if (parent === undefined) break;
    files.set(next, parent);
    current = { text: parent, name: next };
  }
  return loadPolicy(text, path, (p) => files.get(p), { knownRuleIds });
}
