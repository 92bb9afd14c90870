import type { Policy } from '../core/policy-schema.js';

/**
 * The repository files a loaded policy was read from through `extends`: editing one edits the
 * policy, so the guard rules treat them as the policy file. Kept beside the policy, not in it,
 * so the policy's shape stays the schema's.
 */
const sources = new WeakMap<Policy, readonly string[]>();

export function recordPolicySources(policy: Policy, paths: readonly string[]): Policy {
  sources.set(policy, [...paths]);
  return policy;
}

export function policySources(policy: Policy): readonly string[] {
  return sources.get(policy) ?? [];
}
