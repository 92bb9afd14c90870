import { loadShippedPolicy } from './load.js';
import type { Policy } from '../core/policy-schema.js';
export { DEFAULT_POLICY_YAML, STRICT_POLICY_YAML } from './shipped.js';

let cachedDefault: Policy | undefined;
let cachedStrict: Policy | undefined;

/** The shipped default policy, resolved; a fresh copy the caller may change. */
export function defaultPolicy(): Policy {
  cachedDefault ??= loadShippedPolicy('default');
  return structuredClone(cachedDefault);
}

/** The shipped strict policy, resolved; a fresh copy the caller may change. */
export function strictPolicy(): Policy {
  cachedStrict ??= loadShippedPolicy('strict');
  return structuredClone(cachedStrict);
}
