import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/core/types.js';
import { render } from '../../src/report/markdown.js';
import { HOSTILE_PATH, allowedDecision, hasUnsafeCharacters, sampleDecision } from './sample-decision.js';

const fileUrl = (path: string, line: number): string => `https://github.com/acme/app/blob/abc123/${path}#L${line}`;

/** The Markdown outside fenced code blocks, where GitHub would interpret HTML, mentions and tables. */
function outsideCodeBlocks(markdown: string): string {
  const kept: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const opener = /^(`{3,})/.exec(line)?.[1];
    if (fence === undefined && opener !== undefined) fence = opener;
    else if (fence !== undefined && line.startsWith(fence) && line.trim() === line.trim().replace(/[^`]/g, '')) {
      fence = undefined;
    } else if (fence === undefined) kept.push(line);
  }
  return kept.join('\n');
}

function tableRows(markdown: string): string[] {
  return markdown.split('\n').filter((line) => line.startsWith('| '));
}

function cellCount(row: string): number {
  return row.split(/(?<!\\)\|/).length - 2;
}

describe('markdown report', () => {
  const out = render(sampleDecision(), { fileUrl });
  const prose = outsideCodeBlocks(out);

  it('heads with the verdict and what is needed', () => {
    expect(out.split('\n')[0]).toBe('### ⛔ two-key: blocked');
    expect(out).toContain('- 1 approval from any eligible reviewer with write access for destructive change');
    expect(render(allowedDecision()).split('\n')[0]).toBe('### ✅ two-key: allowed');
  });

  it('lists every finding in a table of five cells a row, blocking first', () => {
    const rows = tableRows(out);
    expect(rows).toHaveLength(7);
    for (const row of rows) expect(cellCount(row)).toBe(5);
    expect(rows.at(-1)).toContain('no (rollback only)');
    expect(rows[2]).toBe(
      '| destructive | `sql/drop-table` | [db/migrations/20261121\\_drop\\_bookings\\.sql:3](https://github.com/acme/app/blob/abc123/db/migrations/20261121_drop_bookings.sql#L3) | yes | DROP TABLE bookings destroys the table and all its rows |',
    );
  });

  it('renders no HTML and pings nobody from the pull request', () => {
    expect(out).not.toMatch(/<script|<\/script|<b>/i);
    expect(prose).not.toMatch(/@(?!\u200d)/);
    expect(prose).toContain('@\u200dsomeone');
    expect(out).not.toContain(HOSTILE_PATH);
  });

  it('percent-encodes link destinations so a path cannot end them', () => {
    const hostileRow = tableRows(out).find((row) => row.includes('alert'))!;
    const destination = /\]\((https:[^)]*)\)/.exec(hostileRow)?.[1];
    expect(destination).toBe(
      'https://github.com/acme/app/blob/abc123/db/migrations/20261121_a%7Cb%3Cscript%3Ealert%281%29%3C/script%3E%40someone.sql#L2',
    );
    const notHttp = render(sampleDecision(), { fileUrl: () => 'javascript:alert(1)' });
    expect(notHttp).not.toContain('javascript:');
  });

  it('fences snippets with more backticks than they hold', () => {
    expect(out).toContain('`````sql\nDROP TABLE "evil\\x1b[2J" CASCADE; -- ```` `x` \\u202egnp.exe \\x9b31m\n`````');
    expect(out).toContain('```sql\nDROP TABLE bookings;\n```');
  });

  it('lets no control or bidi character through', () => {
    expect(hasUnsafeCharacters(out)).toBe(false);
  });

  it('drops snippets, then rows, to stay under maxLength, and says so', () => {
    const big = manyFindings(400);
    const full = render(big, { maxLength: Number.MAX_SAFE_INTEGER });
    expect(full.length).toBeGreaterThan(65_000);

    const fitted = render(big);
    expect(fitted.length).toBeLessThanOrEqual(65_000);
    expect(tableRows(fitted)).toHaveLength(402);
    expect(fitted).toMatch(/_Left out to fit the size limit: \d+ snippets\./);

    const tight = render(big, { maxLength: 5_000 });
    expect(tight.length).toBeLessThanOrEqual(5_000);
    expect(tight).not.toContain('```');
    expect(tight).toMatch(/_Left out to fit the size limit: \d+ findings, 400 snippets\./);
    expect(tight).toContain('**Agent authorship:**');
  });
});

function manyFindings(count: number): Decision {
  const decision = sampleDecision();
  const template = decision.findings[0]!;
  decision.findings = Array.from({ length: count }, (_, i) => ({
    ...template,
    path: `db/migrations/2026112${i}_drop.sql`,
    snippet: `DROP TABLE bookings_${i};\n`.repeat(10),
  }));
  return decision;
}
