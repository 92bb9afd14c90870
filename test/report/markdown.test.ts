import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/report/markdown.js';
import { renderComment } from '../../src/report/comment.js';
import { renderSummary } from '../../src/report/summary.js';
import { VERSION } from '../../src/core/version.js';
import { HEAD_SHA, heldDecision, manyFindings } from './gate-sample.js';
import { markdownParts } from './markdown-structure.js';
import { HOSTILE_PATH, allowedDecision, hasUnsafeCharacters, sampleDecision } from './sample-decision.js';

const fileUrl = (path: string, line: number): string => `https://github.com/acme/app/blob/abc123/${path}#L${line}`;

/** The report as GitHub would show it: GitHub-flavoured Markdown to HTML, read back as a document outline. */
function outline(markdown: string) {
  const html = new Marked({ gfm: true }).parse(markdown, { async: false });
  const tags = (name: string) =>
    [...html.matchAll(new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`, 'g'))].map((m) => m[1]!);
  const strip = (s: string) => s.replace(/<[^>]+>/g, '').trim();
  return {
    html,
    headings: [...html.matchAll(/<h(\d)[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => `h${m[1]} ${strip(m[2]!)}`),
    links: [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]!),
    summaries: tags('summary').map(strip),
    details: tags('details').length,
  };
}

describe('one report for the comment, the job summary and --format markdown', () => {
  it('is the same text in all three, but for the comment marker and what reviews decided', () => {
    const { decision, tree } = heldDecision();
    const comment = renderComment(decision, tree, { headSha: HEAD_SHA });
    expect(renderSummary(decision, tree, { headSha: HEAD_SHA })).toBe(comment.slice(comment.indexOf('\n') + 1));
    const cli = render(decision);
    expect(cli.split('\n').slice(0, 3)).toEqual(comment.split('\n').slice(1, 4));
    for (const part of ['#### Findings that block', '#### How to proceed', '<details>']) {
      expect(cli).toContain(part);
      expect(comment).toContain(part);
    }
  });

  it('renders to the structure a reviewer reads: verdict, approvals, findings by file, what does not block folded, how to proceed', () => {
    const doc = outline(render(sampleDecision(), { fileUrl }));
    expect(doc.headings).toEqual([
      'h3 ⛔ two-key: needs approval',
      'h4 Approvals',
      'h4 Findings that block',
      // A hostile path is text in a heading, with its markup escaped.
      'h5 📄 db/migrations/20261121_a|b&lt;script&gt;alert(1)&lt;/script&gt;@\u200dsomeone.sql',
      'h5 📄 db/migrations/20261121_drop_bookings.sql',
      'h5 📄 db/migrations/20261122_purge.sql',
      'h5 📄 infra/main.tf',
      'h5 📄 db/migrate/20261121000000_create_reservations.rb',
      'h4 How to proceed',
    ]);
    expect(doc.summaries).toEqual([
      '1 finding that does not block (warnings, rollback-only, tests)',
      '2 notes (files not read, parser fallbacks)',
    ]);
    expect(doc.details).toBe(2);
    // Every rule id links to its page at the version that made the report; every line to its file.
    const ruleLinks = doc.links.filter((l) => l.includes('/docs/rules/'));
    expect(ruleLinks).toContain(`https://github.com/two-key/two-key/blob/v${VERSION}/docs/rules/sql/drop-table.md`);
    expect(ruleLinks.length).toBe(sampleDecision().findings.length);
    expect(doc.links).toContain('https://github.com/acme/app/blob/abc123/db/migrations/20261121_drop_bookings.sql#L3');
  });

  it('says once who must approve, and repeats no line', () => {
    const out = render(sampleDecision());
    expect(out).toContain(
      '- ⏳ **destructive change**: 1 approval from any eligible reviewer with write access. **1 more needed.**',
    );
    const lines = markdownParts(out)
      .prose.split('\n')
      .filter((l) => l.trim() !== '' && !/^(<\/?details>|#{4,5} 📄)/.test(l));
    expect(lines.filter((l, i) => lines.indexOf(l) !== i)).toEqual([]);
  });

  it('has no approvals and nothing to do when nothing blocks', () => {
    const doc = outline(render(allowedDecision()));
    expect(doc.headings[0]).toBe('h3 ✅ two-key: no blocking findings');
    expect(doc.headings).not.toContain('h4 How to proceed');
    expect(doc.headings).not.toContain('h4 Approvals');
  });

  it('keeps what the pull request controls inert', () => {
    const out = render(sampleDecision(), { fileUrl });
    const { prose, unclosed } = markdownParts(out);
    expect(unclosed).toBe(false);
    expect(prose.replace(/<\/?(sub|details|summary)>/g, '')).not.toContain('<');
    expect(prose).not.toMatch(/@(?!\u200d)/);
    expect(out).not.toContain(HOSTILE_PATH);
    expect(hasUnsafeCharacters(out)).toBe(false);
    const html = outline(out).html;
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(render(sampleDecision(), { fileUrl: () => 'javascript:alert(1)' })).not.toContain('javascript:');
  });

  it('cuts whole findings from the least severe to stay under maxLength, and says so', () => {
    const big = manyFindings(400);
    const fitted = render(big, { maxLength: 20_000 });
    expect(fitted.length).toBeLessThanOrEqual(20_000);
    const parts = markdownParts(fitted);
    expect(parts.unclosed).toBe(false);
    expect(fitted).toContain(
      `**truncated: ${400 - parts.blocks.length} more findings, run \`two-key check --format text\` to see them all.**`,
    );
  });
});
