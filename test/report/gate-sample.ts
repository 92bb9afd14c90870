import type { ApprovalTree } from '../../src/core/approval-types.js';
import { evaluateApprovals } from '../../src/engine/approvals.js';
import type { Decision, LocatedFinding } from '../../src/core/types.js';
import { facts, OLD } from '../helpers/approval-facts.js';
import { sampleDecision } from './sample-decision.js';

export const HEAD_SHA = 'abcdef1234567890abcdef1234567890abcdef12';
export const fileUrl = (path: string, line: number, side: 'head' | 'base'): string =>
  `https://github.com/acme/app/blob/${side === 'head' ? 'headsha' : 'basesha'}/${path}#L${line}`;

/** The sample decision held for the DBA team (unreadable) or @alice, with one approval in and one request for changes. */
export function heldDecision(): { decision: Decision; tree: ApprovalTree } {
  const decision = sampleDecision();
  decision.requirements = [{ reason: 'destructive change', approvals: 2, from: ['@acme/dba', '@alice'] }];
  const tree = evaluateApprovals(
    decision.requirements,
    facts()
      .user('alice')
      .user('bob')
      .user('carol')
      .user('mallory<b>', 'read')
      .approve('alice')
      .approve('carol', OLD)
      .approve('mallory<b>')
      .review('bob', 'CHANGES_REQUESTED')
      .team('@acme/dba', { unverifiable: 'the token cannot read team membership (HTTP 403)' })
      .build(),
  );
  return { decision, tree };
}

/** Approved by @alice and @dave, a DBA, enough for any requirement of up to two approvals. */
/** Approved by @alice and @dave, a DBA: enough for any requirement of up to two approvals. */
export function approvedTree(decision: Decision): ApprovalTree {
  return evaluateApprovals(
    decision.requirements,
    facts()
      .user('alice')
      .user('dave')
      .approve('alice')
      .approve('dave')
      .team('@acme/dba', { members: ['alice', 'dave'] })
      .build(),
  );
}

/** `count` findings of every weight, each with a 10-line snippet, cycling blocking, warning and rollback-only. */
export function manyFindings(count: number, snippetFill = 'x'): Decision {
  const decision = sampleDecision();
  const template = decision.findings[0]!;
  decision.findings = Array.from({ length: count }, (_, i): LocatedFinding => {
    const weight = i % 3;
    return {
      ...template,
      blocking: weight === 0,
      rollbackOnly: weight === 2,
      path: `db/migrations/${String(i).padStart(5, '0')}_drop.sql`,
      line: 1 + (i % 40),
      endLine: 1 + (i % 40),
      snippet: `DROP TABLE t_${i}; -- ${snippetFill.repeat(60)}\n`.repeat(10),
    };
  });
  return decision;
}
