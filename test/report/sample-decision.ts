import type { Decision, LocatedFinding } from '../../src/core/types.js';

export const HOSTILE_PATH = 'db/migrations/20261121_a|b<script>alert(1)</script>@someone.sql';

const dropTable: LocatedFinding = {
  ruleId: 'sql/drop-table',
  kind: 'destructive',
  blocking: true,
  rollbackOnly: false,
  path: 'db/migrations/20261121_drop_bookings.sql',
  line: 3,
  side: 'head',
  message: 'DROP TABLE bookings destroys the table and all its rows',
  snippet: 'DROP TABLE bookings;',
  column: 1,
  endLine: 3,
  endColumn: 20,
  sourceLines: ['DROP TABLE bookings; -- replaced by reservations'],
};

const rollback: LocatedFinding = {
  ruleId: 'orm/rails-drop-table',
  kind: 'destructive',
  blocking: false,
  rollbackOnly: true,
  path: 'db/migrate/20261121000000_create_reservations.rb',
  line: 9,
  side: 'head',
  message: 'drop_table :reservations destroys the table and all its rows',
  snippet: 'drop_table :reservations',
  column: 5,
  endLine: 9,
  endColumn: 28,
  sourceLines: ['    drop_table :reservations'],
};

/** Tab-indented, so carets must follow the tab's expansion. */
const multiLine: LocatedFinding = {
  ruleId: 'sql/delete-without-where',
  kind: 'destructive',
  blocking: true,
  rollbackOnly: false,
  path: 'db/migrations/20261122_purge.sql',
  line: 5,
  side: 'head',
  message: 'DELETE FROM bookings deletes every row',
  snippet: 'DELETE FROM bookings\n\tUSING old_bookings;',
  column: 2,
  endLine: 6,
  endColumn: 20,
  sourceLines: ['\tDELETE FROM bookings', '\tUSING old_bookings;'],
};

const removedResource: LocatedFinding = {
  ruleId: 'iac/terraform-resource-removed',
  kind: 'destructive',
  blocking: true,
  rollbackOnly: false,
  path: 'infra/main.tf',
  line: 12,
  side: 'base',
  message: 'removing aws_db_instance.main destroys the database',
  snippet: 'resource "aws_db_instance" "main" {',
  column: 1,
  endLine: 19,
  endColumn: 1,
  sourceLines: [
    'resource "aws_db_instance" "main" {',
    '  identifier          = "bookings-prod"',
    '  engine              = "postgres"',
    '  instance_class      = "db.r6g.large"',
    '  allocated_storage   = 100',
    '  deletion_protection = true',
    '  skip_final_snapshot = false',
    '}',
  ],
};

/** Everything a pull request controls, made to break out of each output format. */
const hostile: LocatedFinding = {
  ruleId: 'sql/drop-table',
  kind: 'destructive',
  blocking: true,
  rollbackOnly: false,
  path: HOSTILE_PATH,
  line: 2,
  side: 'head',
  message: 'DROP TABLE "evil\u001b[2J" destroys it; ask @someone | <b>now</b> `x`',
  snippet: 'DROP TABLE "evil\u001b[2J" CASCADE; -- ```` `x` \u202egnp.exe \u009b31m',
  column: 1,
  endLine: 2,
  endColumn: 30,
  sourceLines: ['DROP TABLE "evil\u001b[2J" CASCADE; -- ```` `x` \u202egnp.exe \u009b31m'],
};

export function sampleDecision(): Decision {
  return {
    verdict: 'block',
    agent: {
      detected: true,
      signals: [
        { kind: 'trailer', value: 'Cursor Agent <cursoragent@cursor.com>', agent: 'Cursor' },
        { kind: 'branch', value: 'cursor/drop-bookings' },
      ],
    },
    findings: [dropTable, rollback, multiLine, removedResource, hostile],
    requirements: [{ reason: 'destructive change', approvals: 1, from: [] }],
    notes: ['skipped binary file assets/logo.png', 'could not parse db/x.sql\u001b]0;pwned\u0007'],
  };
}

export function allowedDecision(): Decision {
  return {
    verdict: 'allow',
    agent: { detected: false, signals: [] },
    findings: [rollback],
    requirements: [],
    notes: [],
  };
}

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** Whether text holds a code point a terminal or a bidi-aware viewer would act on (newline is fine). */
export function hasUnsafeCharacters(text: string): boolean {
  return UNSAFE.test(text);
}

/** A destructive finding let through for a stated reason: it must say why in every format. */
export const previewTeardown: LocatedFinding = {
  ruleId: 'shell/platform-destroy',
  kind: 'destructive',
  blocking: false,
  rollbackOnly: false,
  path: '.github/workflows/preview-teardown.yml',
  line: 14,
  side: 'head',
  message: 'fly apps destroy deletes the app and its volumes',
  snippet: 'fly apps destroy "shop-pr-${{ github.event.number }}" --yes',
  column: 14,
  endLine: 14,
  endColumn: 71,
  sourceLines: ['        run: fly apps destroy "shop-pr-${{ github.event.number }}" --yes'],
  downgradedBecause: 'preview environment named from the pull request number',
};

export function downgradedDecision(): Decision {
  const decision = sampleDecision();
  return { ...decision, findings: [decision.findings[0]!, previewTeardown] };
}
