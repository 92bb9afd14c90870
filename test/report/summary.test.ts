import { describe, expect, it } from 'vitest';
import { renderComment } from '../../src/report/comment.js';
import { toAnnotations } from '../../src/report/annotations.js';
import { MAX_SUMMARY_BYTES, renderSummary } from '../../src/report/summary.js';
import { HEAD_SHA, approvedTree, fileUrl, heldDecision, manyFindings } from './gate-sample.js';
import { markdownParts } from './markdown-structure.js';
import { hasUnsafeCharacters } from './sample-decision.js';

const utf8 = (text: string): number => new TextEncoder().encode(text).length;

describe('job summary', () => {
  it('has what the comment has, without the marker', () => {
    const { decision, tree } = heldDecision();
    const summary = renderSummary(decision, tree, { headSha: HEAD_SHA, fileUrl });
    const comment = renderComment(decision, tree, { headSha: HEAD_SHA, fileUrl });
    expect(summary).toBe(comment.slice(comment.indexOf('\n') + 1));
    expect(hasUnsafeCharacters(summary)).toBe(false);
  });

  it('lists the findings that got no annotation, escaped', () => {
    const { decision, tree } = heldDecision();
    const { overflow } = toAnnotations(decision, { error: 1, warning: 0, notice: 0 });
    const summary = renderSummary(decision, tree, { headSha: HEAD_SHA, unannotated: overflow });
    expect(summary).toContain('#### Not annotated on the diff (4 findings)');
    expect(summary).toContain('- infra/main\\.tf:12 \\(removed line\\) `iac/terraform-resource-removed`');
    expect(summary).toContain('- db/migrate/20261121000000\\_create\\_reservations\\.rb:9 `orm/rails-drop-table`');
    expect(markdownParts(summary).prose).not.toMatch(/<(?!\/?(sub|details|summary)>)/);
  });

  it('keeps every finding a comment would cut', () => {
    const big = manyFindings(800);
    const summary = renderSummary(big, approvedTree(big), { headSha: HEAD_SHA });
    expect(utf8(summary)).toBeGreaterThan(10 * 65_536);
    expect(summary).not.toContain('truncated');
    expect(markdownParts(summary).blocks).toHaveLength(800);
  });

  it('stays under 1 MiB counted in UTF-8 bytes, cutting at finding boundaries', () => {
    // Three bytes a character: a character count would let this through at three times the size.
    const big = manyFindings(3_000, '表');
    const summary = renderSummary(big, approvedTree(big), { headSha: HEAD_SHA });
    expect(utf8(summary)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
    const parts = markdownParts(summary);
    expect(parts.unclosed).toBe(false);
    expect(parts.blocks.length).toBeGreaterThan(100);
    expect(summary).toContain(
      `**truncated: ${3_000 - parts.blocks.length} more findings, run \`two-key check\` locally to see them all.**`,
    );
  });
});
