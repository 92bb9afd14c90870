import { describe, expect, it } from 'vitest';
import { render } from '../../src/report/json.js';
import { hasUnsafeCharacters, sampleDecision } from './sample-decision.js';

describe('json report', () => {
  const decision = sampleDecision();
  const out = render(decision);
  const parsed = JSON.parse(out) as Record<string, unknown> & { findings: Record<string, unknown>[] };

  it('has exactly the keys of DESIGN.md, in order', () => {
    expect(Object.keys(parsed)).toEqual(['schemaVersion', 'verdict', 'agent', 'findings', 'requirements']);
    for (const finding of parsed.findings) {
      expect(Object.keys(finding)).toEqual([
        'ruleId',
        'kind',
        'blocking',
        'rollbackOnly',
        'path',
        'line',
        'side',
        'message',
        'snippet',
      ]);
    }
    expect(Object.keys(parsed.agent as object)).toEqual(['detected', 'signals']);
  });

  it('carries the values through, dropping positions and notes', () => {
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed.verdict).toBe('block');
    expect(parsed.findings[0]).toEqual({
      ruleId: 'sql/drop-table',
      kind: 'destructive',
      blocking: true,
      rollbackOnly: false,
      path: 'db/migrations/20261121_drop_bookings.sql',
      line: 3,
      side: 'head',
      message: 'DROP TABLE bookings destroys the table and all its rows',
      snippet: 'DROP TABLE bookings;',
    });
    expect(parsed.requirements).toEqual([{ reason: 'destructive change', approvals: 1, from: [] }]);
    expect(out).not.toContain('notes');
    expect(out).not.toContain('sourceLines');
  });

  it('is 2-space indented with nothing around it', () => {
    expect(out.startsWith('{\n  "schemaVersion": 1,\n  "verdict": "block",')).toBe(true);
    expect(out.endsWith('\n}')).toBe(true);
  });

  it('escapes every control and bidi character but keeps the values exact', () => {
    expect(hasUnsafeCharacters(out)).toBe(false);
    expect(out).toContain('\\u001b[2J');
    expect(out).toContain('\\u202e');
    expect(out).toContain('\\u009b');
    expect(parsed.findings.map((f) => f.snippet)).toEqual(decision.findings.map((f) => f.snippet));
  });
});
