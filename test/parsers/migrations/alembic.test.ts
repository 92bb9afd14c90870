import { describe, expect, it } from 'vitest';
import { alembicReader } from '../../../src/parsers/migrations/alembic.js';
import { readMigration } from './read.js';

const PATH = 'alembic/versions/c93d4b2e1f07_change.py';

/** A revision as `alembic revision` writes it; upgrade and downgrade bodies are indented already. */
const revision = (upgrade: string, downgrade = '    pass', extra = '') =>
  [
    '"""change',
    '',
    'Revision ID: c93d4b2e1f07',
    'Revises: 3f2a9c1d7b21',
    'Create Date: 2026-11-21 10:00:00.000000',
    '',
    '"""',
    'from alembic import op',
    'import sqlalchemy as sa',
    '',
    'revision = "c93d4b2e1f07"',
    'down_revision = "3f2a9c1d7b21"',
    'branch_labels = None',
    'depends_on = None',
    '',
    extra,
    '',
    'def upgrade() -> None:',
    upgrade,
    '',
    '',
    'def downgrade() -> None:',
    downgrade,
    '',
  ].join('\n');

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('the Alembic migration reader', () => {
  it('recognises a revision by its content wherever it lives, and not other Python', () => {
    expect(alembicReader.recognises('db/somewhere/else.py', revision('    pass'))).toBe(true);
    expect(alembicReader.recognises('app/deploy.py', 'def upgrade():\n    pip_install()\n')).toBe(false);
  });

  it('recognises a revision without its revision identifiers by the Alembic import or op calls in a versions folder', () => {
    const bare = 'def upgrade():\n    op.drop_table("parcels")\n\n\ndef downgrade():\n    pass\n';
    expect(alembicReader.recognises('tools/cleanup.py', `from alembic import op\n\n\n${bare}`)).toBe(true);
    expect(alembicReader.recognises('tools/cleanup.py', `import alembic.op as op\n\n\n${bare}`)).toBe(true);
    expect(alembicReader.recognises('migrations/versions/2b3c_cleanup.py', bare)).toBe(true);
    expect(alembicReader.recognises('alembic/versions/2b3c_cleanup.py', bare)).toBe(true);
    // The same calls outside a migrations folder with no Alembic import: another program's upgrade().
    expect(alembicReader.recognises('tools/cleanup.py', bare)).toBe(false);
    expect(alembicReader.recognises('migrations/versions/notes.py', 'def helper():\n    op.drop_table("x")\n')).toBe(
      false,
    );
  });

  it('reads drops in upgrade as forward and in downgrade as rollback-only; drop_constraint and drop_index are not data loss', async () => {
    const text = revision(
      [
        '    op.drop_constraint("fk_orders_user", "orders", type_="foreignkey")',
        '    op.drop_index("ix_orders_status", table_name="orders")',
        '    op.drop_column("users", "mfa_secret")',
        '    with op.batch_alter_table("users") as batch_op:',
        '        batch_op.drop_column("mfa_backup_codes")',
      ].join('\n'),
      '    op.drop_table("webauthn_credentials")',
    );
    const { operations } = await readMigration(PATH, text);
    expect(operations.map((o) => [o.kind, o.call, o.target, o.line, o.rollbackOnly])).toEqual([
      ['drop-column', 'op.drop_column', 'users.mfa_secret', lineOf(text, 'op.drop_column'), false],
      ['drop-column', 'batch_op.drop_column', 'users.mfa_backup_codes', lineOf(text, 'batch_op.drop_column'), false],
      ['drop-table', 'op.drop_table', 'webauthn_credentials', lineOf(text, 'op.drop_table'), true],
    ]);
  });

  it('flags alter_column to a narrower type_, comparing with existing_type', async () => {
    const text = revision(
      [
        '    op.alter_column("products", "price", existing_type=sa.Numeric(10, 2), type_=sa.Integer())',
        '    op.alter_column("users", "bio", existing_type=sa.String(length=500), type_=sa.Text())',
        '    with op.batch_alter_table("users") as batch_op:',
        '        batch_op.alter_column("name", existing_type=sa.String(length=255), type_=sa.String(length=80))',
      ].join('\n'),
    );
    const { operations } = await readMigration(PATH, text);
    expect(operations).toEqual([
      {
        kind: 'lossy-type-change',
        call: 'op.alter_column',
        target: 'products.price',
        line: lineOf(text, 'op.alter_column("products"'),
        rollbackOnly: false,
        detail: 'decimal(10,2) -> integer',
      },
      {
        kind: 'lossy-type-change',
        call: 'batch_op.alter_column',
        target: 'users.name',
        line: lineOf(text, 'batch_op.alter_column'),
        rollbackOnly: false,
        detail: 'string(255) -> string(80)',
      },
    ]);
  });

  it('embeds op.execute SQL, through sa.text and triple quotes, mapped to its line', async () => {
    const text = revision(
      [
        '    op.execute("DELETE FROM api_keys")',
        '    op.execute(',
        '        sa.text(',
        '            """',
        '            UPDATE users SET mfa_secret = NULL;',
        '            DROP TABLE totp_devices;',
        '            """',
        '        )',
        '    )',
      ].join('\n'),
      '    op.execute("DROP TABLE api_keys_v2")',
    );
    const { sql } = await readMigration(PATH, text);
    expect(sql.map((s) => [s.text.trim().split('\n')[0], s.call, s.rollbackOnly, s.roundTrip])).toEqual([
      ['DELETE FROM api_keys', 'op.execute', false, true],
      ['UPDATE users SET mfa_secret = NULL;', 'op.execute', false, true],
      ['DROP TABLE api_keys_v2', 'op.execute', true, true],
    ]);
    expect(sql[1]!.lineOf('DROP TABLE totp_devices')).toBe(lineOf(text, 'DROP TABLE totp_devices'));
  });

  it('reads SQL built at run time as dynamic, and a SQLAlchemy delete without where as unbounded', async () => {
    const text = revision(
      [
        '    for table in TABLES:',
        '        op.execute(f"TRUNCATE {table}")',
        '    op.execute(sessions.delete())',
        '    op.execute(sessions.delete().where(sessions.c.expired))',
        '    op.execute(CLEANUP)',
      ].join('\n'),
      '    pass',
      'sessions = sa.table("sessions", sa.column("expired", sa.Boolean))\nCLEANUP = "DELETE FROM audit WHERE id < 10"',
    );
    const { operations, sql, dynamicSql } = await readMigration(PATH, text);
    expect(dynamicSql).toEqual([
      { call: 'op.execute', reason: 'an f-string', line: lineOf(text, 'op.execute(f"'), rollbackOnly: false },
    ]);
    expect(operations.map((o) => [o.kind, o.target, o.line])).toEqual([
      ['unbounded-delete', 'sessions', lineOf(text, 'op.execute(sessions.delete())')],
    ]);
    expect(sql.map((s) => s.text)).toEqual(['DELETE FROM audit WHERE id < 10']);
  });
});
