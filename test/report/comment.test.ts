import { describe, expect, it } from 'vitest';
import { evaluateApprovals } from '../../src/engine/approvals.js';
import type { Decision } from '../../src/core/types.js';
import { COMMENT_MARKER, renderComment, renderResolvedComment } from '../../src/report/comment.js';
import { facts } from '../helpers/approval-facts.js';
import { HEAD_SHA, approvedTree, fileUrl, heldDecision, manyFindings } from './gate-sample.js';
import { markdownParts } from './markdown-structure.js';
import { HOSTILE_PATH, allowedDecision, hasUnsafeCharacters } from './sample-decision.js';
import { VERSION } from '../../src/core/version.js';

const options = { headSha: HEAD_SHA, runUrl: 'https://github.com/acme/app/actions/runs/42', fileUrl };

describe('sticky comment', () => {
  const { decision, tree } = heldDecision();
  const out = renderComment(decision, tree, options);
  const { prose, blocks, unclosed } = markdownParts(out);

  it('starts with the hidden marker, on its own line', () => {
    expect(COMMENT_MARKER).toMatch(/^<!--[^>]*-->$/);
    expect(out.split('\n')[0]).toBe(COMMENT_MARKER);
    expect(out.indexOf(COMMENT_MARKER, 1)).toBe(-1);
  });

  it('reads, for a reviewer, as verdict, what holds it, and the approvals tree', () => {
    const zwj = '\u200d';
    expect(out.split('\n').slice(1, 15).join('\n').replaceAll(zwj, '')).toBe(
      [
        '### ⛔ two-key: needs approval',
        '',
        '5 findings, 4 blocking.',
        '',
        '#### Approvals',
        '- ⏳ **destructive change**: 2 approvals from @acme/dba or @alice. Approved by @alice. **1 more needed.**',
        '  - ⚠️ @acme/dba could not be verified (the token cannot read team membership \\(HTTP 403\\)): its members’ approvals are not counted.',
        '- ⛔ Changes requested by @bob: a new review from them or a dismissal lifts it.',
        '',
        '**Reviews that do not count:**',
        '- @carol’s approval (on `ooooooo`) does not count: it was given on an older commit, not the current head.',
        '- @mallory&lt;b&gt;’s approval does not count: they have no write access to the repository.',
        '',
        '**Agent authorship:** detected.',
      ].join('\n'),
    );
  });

  it('groups findings by file, most severe first, with line links, rule links and fenced snippets', () => {
    expect(out).toContain(
      [
        '##### 📄 db/migrations/20261122\\_purge\\.sql',
        '',
        `⛔ **[line 5](https://github.com/acme/app/blob/headsha/db/migrations/20261122_purge.sql#L5)** [\`sql/delete-without-where\`](https://github.com/two-key/two-key/blob/v${VERSION}/docs/rules/sql/delete-without-where.md) (destructive, blocking): DELETE FROM bookings deletes every row`,
        '',
        '```sql',
        'DELETE FROM bookings',
        '\tUSING old_bookings;',
        '```',
      ].join('\n'),
    );
    expect(out).toContain(
      '⛔ **[removed line 12](https://github.com/acme/app/blob/basesha/infra/main.tf#L12)** [`iac/terraform-resource-removed`]',
    );
    const headings = prose.split('\n').filter((l) => l.startsWith('##### '));
    expect(headings.at(-1)).toBe('##### 📄 db/migrate/20261121000000\\_create\\_reservations\\.rb');
    expect(out).toContain('↩️ **[line 9]');
    expect(out).toContain('(destructive, rollback only, not blocking)');
  });

  it('keeps everything the pull request controls inert: no HTML, no mention, no comment, no broken fence', () => {
    expect(unclosed).toBe(false);
    const proseWithoutMarkup = prose.replace(COMMENT_MARKER, '').replace(/<\/?(sub|details|summary)>/g, '');
    expect(proseWithoutMarkup).not.toContain('<');
    expect(prose).not.toMatch(/@(?!\u200d)/);
    expect(prose).toContain('@\u200dsomeone');
    expect(out).not.toContain(HOSTILE_PATH);
    expect(hasUnsafeCharacters(out)).toBe(false);
    // The hostile snippet, with its own backtick runs, stays inside one block.
    expect(blocks).toContain('DROP TABLE "evil\\x1b[2J" CASCADE; -- ```` `x` \\u202egnp.exe \\x9b31m');
  });

  it('holds a snippet that tries to close its fence, open a comment and mention a team', () => {
    const hostile = heldDecision().decision;
    hostile.findings = [
      {
        ...hostile.findings[0]!,
        path: 'db/<!-- x.sql',
        message: 'drop <!-- and -->',
        snippet: 'DROP TABLE a;\n```\n<!--\n@acme/everyone <img src=x onerror=alert(1)>\n~~~\n``````',
      },
    ];
    const text = renderComment(hostile, tree, options);
    const parts = markdownParts(text);
    expect(parts.unclosed).toBe(false);
    expect(parts.blocks).toEqual([
      'DROP TABLE a;\n```\n<!--\n@acme/everyone <img src=x onerror=alert(1)>\n~~~\n``````',
    ]);
    expect(parts.prose.replace(COMMENT_MARKER, '')).not.toContain('<!--');
    expect(parts.prose).not.toContain('<img');
    expect(parts.prose).toContain('📄 db/&lt;\\!\\-\\- x\\.sql');
  });

  it('escapes a path with a newline so it cannot start a new Markdown line', () => {
    const d = heldDecision().decision;
    d.findings = [{ ...d.findings[0]!, path: 'a\n# owned\n<script>.sql' }];
    const text = renderComment(d, tree, options);
    expect(text).not.toMatch(/^# owned/m);
    expect(text).toContain('📄 a\\\\x0a\\# owned\\\\x0a&lt;script&gt;\\.sql');
  });

  it('links only http(s) URLs', () => {
    const text = renderComment(decision, tree, { headSha: HEAD_SHA, fileUrl: () => 'javascript:alert(1)' });
    expect(text).not.toContain('javascript:');
    expect(text).toContain('⛔ **line 5** [`sql/delete-without-where`]');
  });

  it('shows an approved pull request as approved', () => {
    const d = heldDecision().decision;
    const text = renderComment(d, approvedTree(d), options);
    expect(text.split('\n')[1]).toBe('### ✅ two-key: approved');
    expect(text.split('\n')[3]).toBe('5 findings, 4 blocking.');
    expect(text).toContain('Approved by @\u200dalice, @\u200ddave.');
    expect(text).not.toContain('#### How to proceed');
  });

  it('stays under 65,536 characters, cutting whole findings from the least severe and saying how many', () => {
    const big = manyFindings(1_500);
    const tree1 = approvedTree(big);
    const text = renderComment(big, tree1, options);
    expect(text.length).toBeLessThan(65_536);
    const parts = markdownParts(text);
    expect(parts.unclosed).toBe(false);
    const shown = parts.blocks.length;
    expect(shown).toBeGreaterThan(50);
    expect(text).toContain(`**truncated: ${1_500 - shown} more findings, see the job summary.**`);
    // 500 blocking findings come first; only once they are all in do warnings appear.
    const blocking = text.match(/\(destructive, blocking\)/g)?.length ?? 0;
    expect(blocking).toBe(Math.min(500, shown));
    expect(text).not.toContain('rollback only, not blocking');
    // The parts after the findings survive the cut.
    expect(text).toMatch(/<summary>\d+ notes? \(files not read, parser fallbacks\)<\/summary>/);
    expect(text.trimEnd().endsWith('</sub>')).toBe(true);
  });

  it('shows no approvals for an allowed pull request, and fails closed on a block nobody can lift', () => {
    const none = evaluateApprovals([], facts().build());
    const allowed = renderComment(allowedDecision(), none, options);
    expect(allowed.split('\n')[1]).toBe('### ✅ two-key: no blocking findings');
    expect(allowed).not.toContain('#### Approvals');
    const unliftable = renderComment({ ...heldDecision().decision, requirements: [] }, none, options);
    expect(unliftable.split('\n').slice(1, 4)).toEqual([
      '### ⛔ two-key: needs approval',
      '',
      '**blocked: blocking findings and no approval rule to lift them** · 5 findings, 4 blocking.',
    ]);
  });

  it('lists at most 50 reviews that do not count, then how many more', () => {
    const crowd = facts();
    for (let i = 0; i < 80; i++) crowd.user(`reader${i}`, 'read').approve(`reader${i}`);
    const text = renderComment(decision, evaluateApprovals(decision.requirements, crowd.build()), options);
    expect(text.match(/have no write access/g)).toHaveLength(50);
    expect(text).toContain('- and 30 more reviewers');
  });

  it('is not truncated when everything fits', () => {
    expect(out).not.toContain('truncated');
  });
});

describe('resolved comment', () => {
  const d: Decision = heldDecision().decision;

  it('names the approvers once approved', () => {
    const text = renderResolvedComment('approved', approvedTree(d), { headSha: HEAD_SHA });
    expect(text).toBe(
      [
        COMMENT_MARKER,
        '### ✅ two-key: approved',
        '',
        'Approved by @\u200dalice, @\u200ddave; every approval the policy asks for is in.',
        '',
        '<sub>two-key checked head `abcdef1`</sub>',
      ].join('\n'),
    );
  });

  it('says no longer needed when the findings are gone', () => {
    const tree = evaluateApprovals([], facts().build());
    const text = renderResolvedComment('no-longer-needed', tree, {
      headSha: HEAD_SHA,
      runUrl: 'https://github.com/acme/app/actions/runs/7',
    });
    expect(text.split('\n').slice(0, 2)).toEqual([COMMENT_MARKER, '### ✅ two-key: approval no longer needed']);
    expect(text).toContain('[workflow run](https://github.com/acme/app/actions/runs/7)');
  });
});
