import type { Policy } from '../core/policy-schema.js';
import { resolvedShippedPolicy } from './shipped-resolved.js';
export { DEFAULT_POLICY_YAML, STRICT_POLICY_YAML } from './shipped.js';

let cachedDefault: Policy | undefined;
let cachedStrict: Policy | undefined;

/** The shipped default policy, resolved; a fresh copy the caller may change. */
export function defaultPolicy(): Policy {
  cachedDefault ??= resolvedShippedPolicy('default');
  return structuredClone(cachedDefault);
}

/** The shipped strict policy, resolved; a fresh copy the caller may change. */
export function strictPolicy(): Policy {
  cachedStrict ??= resolvedShippedPolicy('strict');
  return structuredClone(cachedStrict);
}
