import { minimatch } from 'minimatch';
import type { Policy } from '../core/policy-schema.js';

/** A name part that says production by convention: `prod`, `production`, `prd`, `live` between separators. */
const PRODUCTION_PART = /(^|[-_.:/])(prod|production|prd)(?=$|[-_.:/\d])/i;
const NOT_PRODUCTION = /(^|[-_.:/])(non-?prod|preprod|pre-prod|preproduction|pre-production)($|[-_.:/])/i;

/** True when a name (a project id, database, schema, host) is production by the policy or by convention. */
export function isProductionName(name: string, policy: Policy): boolean {
  const p = policy.production;
  const named = [...(p.databases ?? []), ...(p.projects ?? []), ...(p.hosts ?? []), ...(p.environments ?? [])];
  if (named.some((pattern) => minimatch(name, pattern, { nocase: true, dot: true }))) return true;
  return PRODUCTION_PART.test(name) && !NOT_PRODUCTION.test(name);
}
