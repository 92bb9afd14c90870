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
  return anyOf(patterns, nocase)(path);
}

const listMatchers = new WeakMap<readonly string[], Map<boolean, (path: string) => boolean>>();

/**
 * One test for a whole list of globs, made once per list (a policy's lists run against every
 * changed file): a pattern is matched only when the path holds the literal text the pattern
 * cannot match without (`__tests__` of `**\/__tests__/**`), found with indexOf.
 */
function anyOf(patterns: readonly string[], nocase: boolean): (path: string) => boolean {
  let byCase = listMatchers.get(patterns);
  if (!byCase) listMatchers.set(patterns, (byCase = new Map()));
  let test = byCase.get(nocase);
  if (!test) {
    const entries = patterns.map((pattern) => ({ m: matcher(pattern, nocase), needs: requiredText(pattern, nocase) }));
    test = (path) => {
      const subject = nocase ? path.toLowerCase() : path;
      return entries.some(({ m, needs }) => (needs === '' || subject.includes(needs)) && m.match(path));
    };
    byCase.set(nocase, test);
  }
  return test;
}

/**
 * The longest run of plain characters every path the glob matches holds, or '' when none is
 * known: patterns with braces, extglobs, classes, escapes or a negation are not taken apart, and
 * the slashes at a run's ends are left out (`**\/` may match no folder at all).
 */
function requiredText(pattern: string, nocase: boolean): string {
  if (/[{}()[\]\\!+@]/.test(pattern)) return '';
  let longest = '';
  for (const piece of pattern.split(/[*?]+/)) {
    const plain = piece.replace(/^\/+|\/+$/g, '');
    if (plain.length > longest.length) longest = plain;
  }
  if (!nocase) return longest;
  // Case folds the same way in both only for ASCII text.
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(longest) ? longest.toLowerCase() : '';
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
