import { describe, expect, it } from 'vitest';
import { judge } from './harness.js';

const revision = (id: string, down: string, upgrade: string[]) =>
  [
    `"""step ${id}`,
    '',
    `Revision ID: ${id}`,
    `Revises: ${down}`,
    '"""',
    'from alembic import op',
    'import sqlalchemy as sa',
    '',
    `revision = "${id}"`,
    `down_revision = ${down === 'None' ? 'None' : `"${down}"`}`,
    'branch_labels = None',
    'depends_on = None',
    '',
    '',
    'def upgrade() -> None:',
    ...upgrade,
    '',
    '',
    'def downgrade() -> None:',
    '    pass',
    '',
  ].join('\n');

const BASE = {
  'alembic/versions/1a2b3c4d5e6f_create_accounts.py': revision('1a2b3c4d5e6f', 'None', [
    '    op.create_table(',
    '        "accounts",',
    '        sa.Column("id", sa.BigInteger(), primary_key=True),',
    '        sa.Column("handle", sa.String(length=30), nullable=False),',
    '        sa.Column("balance", sa.Numeric(12, 2), nullable=False),',
    '    )',
  ]),
  'alembic/versions/2b3c4d5e6f7a_add_region.py': revision('2b3c4d5e6f7a', '1a2b3c4d5e6f', [
    '    op.add_column("accounts", sa.Column("region", sa.String(16), nullable=True))',
    '    with op.batch_alter_table("accounts") as batch_op:',
    '        batch_op.alter_column("handle", type_=sa.String(40))',
  ]),
};

const PATH = 'alembic/versions/3c4d5e6f7a8b_alter_accounts.py';
const change = (lines: string[], down = '2b3c4d5e6f7a') => revision('3c4d5e6f7a8b', down, lines);

describe('Alembic: the current type from the earlier revisions, along down_revision', () => {
  it('lets a widening without existing_type through with the reason (String 40 -> 80)', async () => {
    const d = await judge(PATH, change(['    op.alter_column("accounts", "handle", type_=sa.String(80))']), BASE);
    expect(d).toEqual({
      verdict: 'allow',
      findings: [
        {
          ruleId: 'orm/lossy-type-change',
          line: 16,
          blocking: false,
          message: 'op.alter_column changes accounts.handle (string(40) -> string(80)), which keeps every stored value',
          downgradedBecause:
            'widening: accounts.handle is string(40) now (read from the earlier Alembic revisions), and string(80) holds every value it holds',
        },
      ],
    });
  });

  it('blocks a narrowing the blind reading let through (Numeric 12,2 -> 10,2) and a bigint cut to integer', async () => {
    const d = await judge(
      PATH,
      change([
        '    op.alter_column("accounts", "balance", type_=sa.Numeric(10, 2))',
        '    op.alter_column("accounts", "id", type_=sa.Integer())',
      ]),
      BASE,
    );
    expect(d.verdict).toBe('block');
    expect(d.findings.map((f) => [f.line, f.blocking, f.message])).toEqual([
      [
        16,
        true,
        'op.alter_column changes accounts.balance (decimal(12,2) -> decimal(10,2)); existing values are truncated or rounded',
      ],
      [17, true, 'op.alter_column changes accounts.id (bigint -> integer); existing values are truncated or rounded'],
    ]);
  });

  it('keeps the blind verdict, saying the type is unknown, when the chain is broken or the column unknown', async () => {
    const broken = await judge(
      PATH,
      change(['    op.alter_column("accounts", "handle", type_=sa.String(80))'], 'ffffffffffff'),
      BASE,
    );
    expect(broken.findings).toEqual([
      {
        ruleId: 'orm/lossy-type-change',
        line: 16,
        blocking: true,
        message:
          'op.alter_column changes accounts.handle (current type unknown -> string(80)); existing values are truncated or rounded',
      },
    ]);
    const unknown = await judge(PATH, change(['    op.alter_column("ledger", "memo", type_=sa.String(80))']), BASE);
    expect(unknown.findings.map((f) => [f.line, f.blocking])).toEqual([[16, true]]);
  });
});
