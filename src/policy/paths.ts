import { Minimatch } from 'minimatch';
import type { FindingKind } from '../core/types.js';
import type { SqlDialect } from '../core/sql-operations.js';
import type { ApprovalRequirement, Policy } from '../core/policy-schema.js';

const cache = new Map<string, Minimatch>();

function matcher(pattern: string, nocase: boolean): Minimatch {
  const key = `${nocase ? 'i' : 's'}:${pattern}`;
  let m = cache.get(key);
  if (!m) {
    m = new Minimatch(pattern, { dot: true, nocase });
    cache.set(key, m);
  }
  return m;
}

/** Whether `path` matches any of `patterns` (minimatch, dot files included, case-sensitive). */
export function matchesAny(patterns: readonly string[], path: string, nocase = false): boolean {
  return patterns.some((p) => matcher(p, nocase).match(path));
}

/** Whether a changed file is checked at all: included and not excluded. */
export function isIncluded(policy: Policy, path: string): boolean {
  return matchesAny(policy.paths.include, path) && !matchesAny(policy.paths.exclude, path);
}

/** Whether findings in this file are reported without blocking (tests, fixtures, docs). */
export function isNonBlocking(policy: Policy, path: string): boolean {
  return matchesAny(policy.paths.nonBlocking, path);
}

/** Whether the file only runs on rollback (down migrations, undo and revert scripts). */
export function isRollbackPath(policy: Policy, path: string): boolean {
  return matchesAny(policy.paths.rollback, path);
}

/** The dialect the policy pins for this path; the last matching glob wins, as in .gitattributes. */
export function sqlDialectFor(policy: Policy, path: string): SqlDialect | undefined {
  let dialect: SqlDialect | undefined;
  for (const [pattern, d] of Object.entries(policy.families.sql.dialects)) {
    if (matcher(pattern, false).match(path)) dialect = d;
  }
  return dialect;
}

/**
 * Whether the path names a file of the family by convention. Case is ignored, because missing
 * "V1__Init.SQL" would let a migration through unchecked.
 */
export function matchesFamily(policy: Policy, family: keyof Policy['families'], path: string): boolean {
  return matchesAny(policy.families[family].paths, path, true);
}

export interface ApprovalQuery {
  kind: FindingKind;
  ruleId: string;
  path: string;
  /** Adds the policy's agents.extraApprovals to the count. */
  agentAuthored?: boolean;
}

/** The approval a finding needs: the first approval rule that matches it, else the default. */
export function approvalRuleFor(policy: Policy, query: ApprovalQuery): ApprovalRequirement {
  const rule = policy.approvals.rules.find(
    ({ match }) =>
      (match.kinds === undefined || match.kinds.includes(query.kind)) &&
      (match.rules === undefined || matchesAny(match.rules, query.ruleId)) &&
      (match.paths === undefined || matchesAny(match.paths, query.path)),
  );
  const found = rule ?? policy.approvals.default;
  const extra = query.agentAuthored ? policy.agents.extraApprovals : 0;
  return { count: found.count + extra, from: [...found.from] };
}
