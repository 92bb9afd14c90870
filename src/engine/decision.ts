import { approvalRuleFor } from '../policy/paths.js';
import type { Policy } from '../core/policy-schema.js';
import type { EngineFinding } from './engine.js';
import { disposableContextOf, type LocatedContext } from '../core/environment.js';
import type { AgentReport, Decision, FindingKind, LocatedFinding, Requirement } from '../core/types.js';

/**
 * Weighs findings under the policy: production targeting blocks when it shares a statement with
 * destructive work, agent-authored changes may be held to more, and every blocking finding adds to
 * the approvals its policy rule asks for.
 */
export function decide(
  findings: EngineFinding[],
  agent: AgentReport,
  policy: Policy,
  notes: string[],
  contexts: readonly LocatedContext[] = [],
): Decision {
  const production = findings.filter((f) => f.kind === 'production' && !f.rollbackOnly);
  // Destroying a preview, local or test target is routine, unless the same unit also points at production.
  const placed = findings.map((f) => {
    if (f.kind !== 'destructive' || !f.blocking || production.some((p) => sameUnit(f, p))) return f;
    const context = disposableContextOf(contexts, f);
    if (!context) return f;
    return { ...f, blocking: false, downgradedBecause: `${context.reason}: not blocking` };
  });
  // By file and side: a search of every destructive finding per production finding is quadratic in the change.
  const destructive = new Map<string, EngineFinding[]>();
  for (const f of placed) {
    if (f.kind !== 'destructive' || !f.blocking) continue;
    const key = `${f.side}:${f.path}`;
    const list = destructive.get(key);
    if (list) list.push(f);
    else destructive.set(key, [f]);
  }
  const destructiveUnits = new Set([...destructive.values()].flat().map((f) => f.unitKey));
  const weighed = placed.map((f) => {
    let blocking = f.blocking;
    if (f.kind === 'production' && !f.rollbackOnly) {
      const shared =
        destructiveUnits.has(f.unitKey) || (destructive.get(`${f.side}:${f.path}`) ?? []).some((d) => sameUnit(f, d));
      if (shared) blocking = true;
    }
    // A finding that context downgraded stays downgraded, whoever wrote the change.
    if (
      agent.detected &&
      policy.agents.warnBlocks &&
      f.severity === 'warn' &&
      !f.rollbackOnly &&
      f.downgradedBecause === undefined
    )
      blocking = true;
    return { ...f, blocking };
  });
  const requirements = requirementsFor(weighed, agent, policy);
  return {
    verdict: weighed.some((f) => f.blocking) ? 'block' : 'allow',
    agent,
    findings: weighed.map(stripEngineFields).sort(byLocation),
    requirements,
    notes,
  };
}

/**
 * Whether two findings are about the same statement, command, step or job: the same unit, or
 * units that overlap (a job's `RAILS_ENV: production` and a `db:drop` command in one of its steps).
 */
function sameUnit(a: EngineFinding, b: EngineFinding): boolean {
  if (a.unitKey === b.unitKey) return true;
  if (a.path !== b.path || a.side !== b.side || !a.unitSpan || !b.unitSpan) return false;
  return a.unitSpan.start < b.unitSpan.end && b.unitSpan.start < a.unitSpan.end;
}

function requirementsFor(findings: EngineFinding[], agent: AgentReport, policy: Policy): Requirement[] {
  const extra = agent.detected ? policy.agents.extraApprovals : 0;
  const grouped = new Map<string, { kinds: Set<FindingKind>; approvals: number; from: string[] }>();
  for (const f of findings) {
    if (!f.blocking) continue;
    const rule = approvalRuleFor(policy, {
      kind: f.kind,
      ruleId: f.ruleId,
      path: f.path,
      agentAuthored: agent.detected,
    });
    const from = [...rule.from].map((who) => (who.startsWith('@') ? who : `@${who}`)).sort();
    const approvals = rule.count;
    const key = `${approvals}|${from.join(',')}`;
    const group = grouped.get(key) ?? { kinds: new Set<FindingKind>(), approvals, from };
    group.kinds.add(f.kind);
    grouped.set(key, group);
  }
  return [...grouped.values()].map((g) => ({
    reason: `${[...g.kinds].sort().join(', ')} change${agent.detected && extra ? ' (agent-authored)' : ''}`,
    approvals: g.approvals,
    from: g.from,
  }));
}

function stripEngineFields(f: EngineFinding): LocatedFinding {
  const { severity: _severity, unitKey: _unitKey, unitSpan: _unitSpan, ...located } = f;
  return located;
}

function byLocation(a: LocatedFinding, b: LocatedFinding): number {
  return a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}
