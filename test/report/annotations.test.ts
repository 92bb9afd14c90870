import { describe, expect, it } from 'vitest';
import type { Decision, LocatedFinding } from '../../src/core/types.js';
import { checkRunOutput, toAnnotations } from '../../src/report/annotations.js';
import { approvedTree, heldDecision, manyFindings } from './gate-sample.js';
import { hasUnsafeCharacters, sampleDecision } from './sample-decision.js';

const brief = (a: { path: string; startLine: number; level: string }): string => `${a.level} ${a.path}:${a.startLine}`;

function finding(path: string, patch: Partial<LocatedFinding>): LocatedFinding {
  return { ...sampleDecision().findings[0]!, path, ...patch };
}

describe('annotations', () => {
  it('puts the most severe first: destructive or secret, other blocking, warnings, rollback-only notices', () => {
    const decision: Decision = {
      ...sampleDecision(),
      findings: [
        finding('notice.sql', { blocking: false, rollbackOnly: true }),
        finding('warn.sql', { blocking: false, kind: 'production' }),
        finding('prod.sql', { kind: 'production' }),
        finding('secret.env', { kind: 'secret' }),
        finding('drop.sql', {}),
      ],
    };
    const { annotations, overflow } = toAnnotations(decision);
    expect(annotations.map(brief)).toEqual([
      'failure drop.sql:3',
      'failure secret.env:3',
      'failure prod.sql:3',
      'warning warn.sql:3',
      'notice notice.sql:3',
    ]);
    expect(overflow).toEqual([]);
  });

  it('keeps within 10 errors and 10 warnings a step and hands the rest over', () => {
    const big = manyFindings(60); // 20 blocking, 20 warnings, 20 rollback-only
    const { annotations, overflow } = toAnnotations(big);
    const count = (level: string) => annotations.filter((a) => a.level === level).length;
    expect([count('failure'), count('warning'), count('notice')]).toEqual([10, 10, 10]);
    expect(overflow).toHaveLength(30);
    expect(annotations.slice(0, 10).every((a) => a.level === 'failure')).toBe(true);
    const tight = toAnnotations(big, { error: 3, warning: 1 });
    expect(tight.annotations.map((a) => a.level)).toEqual([
      'failure',
      'failure',
      'failure',
      'warning',
      ...Array<string>(10).fill('notice'),
    ]);
  });

  it('sends findings on removed lines to the overflow: they have no head line', () => {
    const { annotations, overflow } = toAnnotations(sampleDecision());
    expect(overflow.map((f) => f.ruleId)).toEqual(['iac/terraform-resource-removed']);
    expect(annotations.some((a) => a.path === 'infra/main.tf')).toBe(false);
  });

  it('gives columns only on single-line annotations, and plain text without control characters', () => {
    const { annotations } = toAnnotations(sampleDecision());
    const multi = annotations.find((a) => a.path === 'db/migrations/20261122_purge.sql')!;
    expect(multi).toEqual({
      path: 'db/migrations/20261122_purge.sql',
      startLine: 5,
      endLine: 6,
      level: 'failure',
      title: 'two-key sql/delete-without-where: destructive, needs approval',
      message: 'DELETE FROM bookings deletes every row\n\nDELETE FROM bookings\n\tUSING old_bookings;',
    });
    const single = annotations.find((a) => a.path === 'db/migrations/20261121_drop_bookings.sql')!;
    expect(single).toMatchObject({ startLine: 3, endLine: 3, startColumn: 1, endColumn: 20 });
    for (const a of annotations) expect(hasUnsafeCharacters(a.title + a.message + a.path)).toBe(false);
  });
});

describe('check run output', () => {
  it('batches every head-line annotation by 50, most severe first', () => {
    const big = manyFindings(120);
    const output = checkRunOutput(big, approvedTree(big), { headSha: 'f'.repeat(40) });
    expect(output.annotations.map((batch) => batch.length)).toEqual([50, 50, 20]);
    expect(output.annotations[0]!.slice(0, 40).every((a) => a.level === 'failure')).toBe(true);
    expect(output.annotations[2]!.every((a) => a.level === 'notice')).toBe(true);
  });

  it('titles with the status line and keeps the summary under 65,535 characters', () => {
    const { decision, tree } = heldDecision();
    const output = checkRunOutput(decision, tree);
    expect(output.title).toBe('changes requested by @bob; needs approval from @acme/dba or @alice (1 more)');
    expect(output.summary.startsWith('### ⛔ two-key: needs approval')).toBe(true);
    const big = manyFindings(2_000);
    expect(checkRunOutput(big, approvedTree(big)).summary.length).toBeLessThanOrEqual(65_535);
  });
});
