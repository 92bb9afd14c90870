import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { render as renderJson } from '../../src/report/json.js';
import { render as renderMarkdown } from '../../src/report/markdown.js';
import { render as renderSarif } from '../../src/report/sarif.js';
import { render as renderText } from '../../src/report/text.js';
import { downgradedDecision, previewTeardown } from './sample-decision.js';

// A finding that would block but does not (issue 11 item 8) carries its reason in every format,
// so a reviewer reading any of them can disagree.
describe('a downgraded finding in each output format', () => {
  const decision = downgradedDecision();

  it('SARIF: a note, with the reason in the properties and the message', () => {
    const results = (JSON.parse(renderSarif(decision)) as Log).runs[0]!.results!;
    expect(results.map((r) => r.level)).toEqual(['error', 'note']);
    expect(results[1]!.properties).toEqual({
      kind: 'destructive',
      side: 'head',
      rollbackOnly: false,
      downgradedBecause: 'preview environment named from the pull request number',
    });
    expect(results[1]!.message.text).toBe(
      'fly apps destroy deletes the app and its volumes (not blocking: preview environment named from the pull request number)',
    );
    // A blocking finding carries no reason and keeps its message.
    expect(results[0]!.properties).not.toHaveProperty('downgradedBecause');
    expect(results[0]!.message.text).toBe('DROP TABLE bookings destroys the table and all its rows');
  });

  it('SARIF: a non-blocking finding without a reason stays a warning', () => {
    const plain = { ...decision, findings: [{ ...previewTeardown, downgradedBecause: undefined }] };
    const [result] = (JSON.parse(renderSarif(plain)) as Log).runs[0]!.results!;
    expect(result!.level).toBe('warning');
    expect(result!.properties).not.toHaveProperty('downgradedBecause');
  });

  it('JSON: blocking false with downgradedBecause', () => {
    const json = JSON.parse(renderJson(decision)) as { findings: Record<string, unknown>[] };
    expect(json.findings[1]).toMatchObject({
      ruleId: 'shell/platform-destroy',
      blocking: false,
      line: 14,
      downgradedBecause: 'preview environment named from the pull request number',
    });
    expect(json.findings[0]).not.toHaveProperty('downgradedBecause');
  });

  it('markdown and text: "not blocking" with the reason', () => {
    expect(renderMarkdown(decision)).toContain('not blocking: preview environment named from the pull request number');
    expect(renderText(decision, { color: false })).toContain(
      '(does not block: preview environment named from the pull request number)',
    );
  });
});
