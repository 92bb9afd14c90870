import type { LocatedFinding } from '../core/types.js';

/**
 * Most severe first: blocking destructive work or secrets, other blocking findings, warnings,
 * then destructive code that only runs on rollback. Size and count limits cut from the end.
 */
export function severityRank(finding: LocatedFinding): number {
  if (finding.blocking) return finding.kind === 'destructive' || finding.kind === 'secret' ? 0 : 1;
  return finding.rollbackOnly ? 3 : 2;
}

/** A copy of the findings, most severe first, then by path and line so the order is stable. */
export function bySeverity(findings: readonly LocatedFinding[]): LocatedFinding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(a) - severityRank(b) ||
      a.path.localeCompare(b.path) ||
      a.side.localeCompare(b.side) ||
      a.line - b.line ||
      a.column - b.column ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
