import type { Policy } from '../core/policy-schema.js';
import { loadShippedPolicy } from './load.js';

/**
 * A shipped policy, resolved from its YAML. The build (scripts/build.mjs) replaces this module
 * with the values it returns, computed once at build time, so that a check under the default
 * policy loads neither the YAML reader nor the schema.
 */
export function resolvedShippedPolicy(name: 'default' | 'strict'): Policy {
  return loadShippedPolicy(name);
}
