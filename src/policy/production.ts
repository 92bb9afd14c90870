import { matchesAny } from './paths.js';
import type { Policy } from '../core/policy-schema.js';

export type ProductionKey = keyof Policy['production'];

/**
 * Whether a host, database, project, context, workspace, environment or directory is one the
 * policy calls production. Names are compared without regard to case (hosts and environment
 * names are case-insensitive in practice); entries may be globs.
 */
export function isProduction(policy: Policy, key: ProductionKey, value: string): boolean {
  return matchesAny(policy.production[key], value, true);
}
