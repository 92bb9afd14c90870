import { describe, expect, it } from 'vitest';
import type { LocatedFinding } from '../../src/core/types.js';
import { render } from '../../src/report/text.js';
import { allowedDecision, hasUnsafeCharacters, sampleDecision } from './sample-decision.js';

// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;

function single(finding: Partial<LocatedFinding>): string {
  const decision = allowedDecision();
  const base = decision.findings[0]!;
  decision.findings = [{ ...base, blocking: true, rollbackOnly: false, ...finding }];
  return render(decision).split('\n\n')[0]!;
}

describe('text report', () => {
  it('shows each finding with carets under exactly the flagged text', () => {
    expect(render(sampleDecision())).toMatchInlineSnapshot(`
      "db/migrations/20261121_drop_bookings.sql:3:1: destructive sql/drop-table DROP TABLE bookings destroys the table and all its rows
        |
      3 | DROP TABLE bookings; -- replaced by reservations
        | ^^^^^^^^^^^^^^^^^^^^

      db/migrate/20261121000000_create_reservations.rb:9:5: destructive orm/rails-drop-table drop_table :reservations destroys the table and all its rows (rollback only)
        |
      9 |     drop_table :reservations
        |     ^^^^^^^^^^^^^^^^^^^^^^^^

      db/migrations/20261122_purge.sql:5:2: destructive sql/delete-without-where DELETE FROM bookings deletes every row
        |
      5 |     DELETE FROM bookings
        |     ^^^^^^^^^^^^^^^^^^^^
      6 |     USING old_bookings;

      infra/main.tf:12:1: destructive iac/terraform-resource-removed removing aws_db_instance.main destroys the database (base version)
         |
      12 | resource "aws_db_instance" "main" {
         | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
      13 |   identifier          = "bookings-prod"
      14 |   engine              = "postgres"
      15 |   instance_class      = "db.r6g.large"
         | ... 4 more lines

      db/migrations/20261121_a|b<script>alert(1)</script>@someone.sql:2:1: destructive sql/drop-table DROP TABLE "evil\\x1b[2J" destroys it; ask @someone | <b>now</b> \`x\`
        |
      2 | DROP TABLE "evil\\x1b[2J" CASCADE; -- \`\`\`\` \`x\` \\u202egnp.exe \\x9b31m
        | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

      two-key: blocked, needs 1 approval from any eligible reviewer with write access for destructive change
      agent: detected (trailer: Cursor Agent <cursoragent@cursor.com> (Cursor); branch: cursor/drop-bookings)
      note: skipped binary file assets/logo.png
      note: could not parse db/x.sql\\x1b]0;pwned\\x07"
    `);
  });

  it('says what does not block', () => {
    expect(render(allowedDecision())).toMatchInlineSnapshot(`
      "db/migrate/20261121000000_create_reservations.rb:9:5: destructive orm/rails-drop-table drop_table :reservations destroys the table and all its rows (rollback only)
        |
      9 |     drop_table :reservations
        |     ^^^^^^^^^^^^^^^^^^^^^^^^

      two-key: allowed, 1 finding does not block
      agent: not detected"
    `);
  });

  it('keeps carets under the flagged text after tabs, wide characters and escapes', () => {
    const out = single({
      column: 14,
      endColumn: 15,
      line: 1,
      endLine: 1,
      sourceLines: ['\tDROP TABLE "予約\u001b";'],
    });
    expect(out.split('\n').slice(-2).join('\n')).toMatchInlineSnapshot(`
      "1 |     DROP TABLE "予約\\x1b";
        |                 ^^^^"
    `);
  });

  it('puts one caret where an empty span starts', () => {
    const out = single({ line: 4, endLine: 4, column: 1, endColumn: 0, sourceLines: [''] });
    expect(out.split('\n').slice(-2)).toEqual(['4 |', '  | ^']);
  });

  it('summarises spans longer than five lines', () => {
    const out = single({
      line: 98,
      endLine: 107,
      column: 1,
      endColumn: 1,
      sourceLines: Array.from({ length: 10 }, (_, i) => `line ${98 + i}`),
    });
    expect(out.split('\n').slice(1)).toEqual([
      '    |',
      ' 98 | line 98',
      '    | ^^^^^^^',
      ' 99 | line 99',
      '100 | line 100',
      '101 | line 101',
      '    | ... 6 more lines',
    ]);
  });

  it('colours only when asked, and the colour is the only difference', () => {
    const plain = render(sampleDecision());
    const coloured = render(sampleDecision(), { color: true });
    expect(plain).not.toContain('\u001b');
    expect(coloured).toMatch(SGR);
    expect(coloured.replace(SGR, '')).toBe(plain);
  });

  it('lets no control or bidi character from the input through', () => {
    const out = render(sampleDecision());
    expect(hasUnsafeCharacters(out)).toBe(false);
    expect(out).toContain('\\x1b[2J');
    expect(out).toContain('\\u202e');
    expect(out).toContain('\\x9b31m');
    expect(out).toContain('\\x1b]0;pwned\\x07');
  });
});
