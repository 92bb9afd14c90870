import { describe, expect, it } from 'vitest';
import { evaluateApprovals } from '../../src/engine/approvals.js';
import type { Decision } from '../../src/core/types.js';
import { statusFor } from '../../src/report/status.js';
import { facts } from '../helpers/approval-facts.js';
import { approvedTree, heldDecision } from './gate-sample.js';
import { allowedDecision, sampleDecision } from './sample-decision.js';

const none = evaluateApprovals([], facts().build());

describe('commit status', () => {
  it('succeeds with no findings', () => {
    const clean: Decision = { ...allowedDecision(), findings: [] };
    expect(statusFor(clean, none)).toEqual({ state: 'success', description: 'no destructive changes found' });
  });

  it('succeeds when nothing blocks, saying findings were reported', () => {
    expect(statusFor(allowedDecision(), none)).toEqual({
      state: 'success',
      description: 'no blocking findings (1 finding reported)',
    });
  });

  it('fails naming who must approve', () => {
    const decision = sampleDecision();
    decision.requirements = [{ reason: 'destructive change', approvals: 1, from: ['@acme/dba'] }];
    const tree = evaluateApprovals(decision.requirements, facts().team('@acme/dba', { members: [] }).build());
    expect(statusFor(decision, tree)).toEqual({
      state: 'failure',
      description: 'needs approval from @acme/dba (1 more)',
    });
  });

  it('fails on a request for changes', () => {
    const { decision, tree } = heldDecision();
    expect(statusFor(decision, tree).state).toBe('failure');
    expect(statusFor(decision, tree).description).toMatch(/^changes requested by @bob/);
  });

  it('succeeds once approved, naming the approvers', () => {
    const { decision } = heldDecision();
    expect(statusFor(decision, approvedTree(decision))).toEqual({
      state: 'success',
      description: 'approved by @alice, @dave',
    });
  });

  it('fails closed on a block with no requirement to meet', () => {
    const decision = { ...sampleDecision(), requirements: [] };
    expect(statusFor(decision, none).state).toBe('failure');
  });

  it('fits 140 characters however many teams are named', () => {
    const decision = sampleDecision();
    decision.requirements = [
      { reason: 'destructive change', approvals: 3, from: Array.from({ length: 20 }, (_, i) => `@acme/team-${i}`) },
    ];
    const status = statusFor(decision, evaluateApprovals(decision.requirements, facts().build()));
    expect(status.state).toBe('failure');
    expect(Array.from(status.description).length).toBeLessThanOrEqual(140);
    expect(status.description.startsWith('needs approval from @acme/team-0 or @acme/team-1')).toBe(true);
    expect(status.description.endsWith('…')).toBe(true);
  });
});
