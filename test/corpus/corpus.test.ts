import { describe, expect, it } from 'vitest';
import { loadCases } from './load-cases.js';
import { scoreCase } from './score-case.js';

// The project's own labelled pull requests (docs/corpus.md): every case must pass.
// TWO_KEY_CORPUS_ONLY=prefix,prefix runs a subset while writing cases.
const cases = loadCases(process.env.TWO_KEY_CORPUS_ONLY);

describe('the labelled corpus is well formed', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    expect(['block', 'allow']).toContain(c.expect.verdict);
    expect(c.after.size + c.before.size).toBeGreaterThan(0);
    const blocking = c.expect.findings.filter((f) => !f.rollbackOnly);
    // A case blocks exactly when some finding is not rollback-only.
    expect(c.expect.verdict === 'block').toBe(blocking.length > 0);
    for (const f of c.expect.findings) {
      const tree = f.side === 'base' ? c.before : c.after;
      const text = tree.get(f.path);
      expect(text, `${f.path} exists on the ${f.side ?? 'head'} side`).toBeDefined();
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.line).toBeLessThanOrEqual(text!.toString('utf8').split('\n').length);
    }
  });
});

describe('two-key judges every labelled case as labelled', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const score = await scoreCase(c);
    expect(score.problems).toEqual([]);
  });
});

describe('the corpus runner', () => {
  it('fails a case whose label the engine disagrees with', async () => {
    const [dropCase] = loadCases('seed-001');
    const mislabelled = { ...dropCase!, expect: { verdict: 'allow' as const, findings: [] } };
    const score = await scoreCase(mislabelled);
    expect(score.verdict).toBe('block');
    expect(score.problems).toContain('verdict block, expected allow');
    expect(score.problems.some((p) => p.startsWith('false alarm sql/'))).toBe(true);
  });

  it('fails a case whose expected finding is not reported at its line', async () => {
    const [dropCase] = loadCases('seed-001');
    const moved = dropCase!.expect.findings.map((f) => ({ ...f, line: f.line + 3 }));
    const score = await scoreCase({ ...dropCase!, expect: { verdict: 'block', findings: moved } });
    expect(score.problems).toHaveLength(1);
    expect(score.problems[0]).toMatch(/^missed destructive at db\/migrations\/20261201_drop_users.sql:6/);
  });
});
