import { describe, expect, it } from 'vitest';
import { renderDecision } from '../../src/report/index.js';
import { render as renderJson } from '../../src/report/json.js';
import { render as renderMarkdown } from '../../src/report/markdown.js';
import { render as renderSarif } from '../../src/report/sarif.js';
import { render as renderText } from '../../src/report/text.js';
import { sampleDecision } from './sample-decision.js';

describe('renderDecision', () => {
  const decision = sampleDecision();

  it('dispatches on the format and passes the options on', () => {
    expect(renderDecision(decision, 'json')).toBe(renderJson(decision));
    expect(renderDecision(decision, 'text', { color: true })).toBe(renderText(decision, { color: true }));
    expect(renderDecision(decision, 'markdown', { maxLength: 2_000 })).toBe(
      renderMarkdown(decision, { maxLength: 2_000 }),
    );
    expect(renderDecision(decision, 'sarif', { version: '1.2.3' })).toBe(renderSarif(decision, { version: '1.2.3' }));
  });

  it('ends no format with a newline: the caller writes one', () => {
    for (const format of ['text', 'json', 'markdown', 'sarif'] as const) {
      expect(renderDecision(decision, format).endsWith('\n')).toBe(false);
    }
  });
});
