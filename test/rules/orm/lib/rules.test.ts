import { describe, expect, it } from 'vitest';
import { check } from '../../../../src/engine/engine.js';
import { defaultPolicy } from '../../../../src/policy/defaults.js';
import { addedFile, changedFile, changeSetOf } from '../../../helpers/change-set.js';

async function findingsOf(path: string, text: string) {
  const decision = await check(changeSetOf([addedFile(path, text)]), defaultPolicy());
  return {
    verdict: decision.verdict,
    findings: decision.findings.map((f) => [f.ruleId, f.line, f.rollbackOnly, f.blocking]),
  };
}

const RAILS = 'db/migrate/20261121000000_example.rb';

describe('the orm rules through the engine', () => {
  it('reports a Rails change method forward, and its down rollback-only and not blocking', async () => {
    const text = [
      'class RemoveFax < ActiveRecord::Migration[7.1]',
      '  def up',
      '    remove_column :customers, :fax',
      '  end',
      '',
      '  def down',
      '    drop_table :customer_faxes',
      '  end',
      'end',
      '',
    ].join('\n');
    expect(await findingsOf(RAILS, text)).toEqual({
      verdict: 'block',
      findings: [
        ['orm/drop-column', 3, false, true],
        ['orm/drop-table', 7, true, false],
      ],
    });
  });

  it('leaves out a down that drops the table its own up created', async () => {
    const text = [
      'class CreateCarts < ActiveRecord::Migration[7.1]',
      '  def up',
      '    create_table :carts',
      '    add_column :orders, :cart_id, :bigint',
      '  end',
      '',
      '  def down',
      '    remove_column :orders, :cart_id',
      '    drop_table :carts',
      '  end',
      'end',
      '',
    ].join('\n');
    expect(await findingsOf(RAILS, text)).toEqual({ verdict: 'allow', findings: [] });
  });

  it('hands heredoc SQL to the SQL family and points at the host line of the statement', async () => {
    const text = [
      'class PurgeLegacy < ActiveRecord::Migration[7.1]',
      '  def up',
      '    execute <<~SQL',
      '      UPDATE orders SET legacy = false WHERE id = 1;',
      '      DROP TABLE legacy_orders;',
      '    SQL',
      '  end',
      '',
      '  def down',
      '    execute "TRUNCATE carts"',
      '  end',
      'end',
      '',
    ].join('\n');
    expect(await findingsOf(RAILS, text)).toEqual({
      verdict: 'block',
      findings: [
        ['sql/drop-table', 5, false, true],
        ['sql/truncate', 10, true, false],
      ],
    });
  });

  it('fails closed on SQL built at run time', async () => {
    const text =
      'class DropShards < ActiveRecord::Migration[7.1]\n  def up\n    execute "DROP TABLE #{shard}"\n  end\nend\n';
    expect(await findingsOf(RAILS, text)).toEqual({
      verdict: 'block',
      findings: [['orm/dynamic-sql', 3, false, true]],
    });
  });

  it('reads Django RunSQL reverse as rollback-only and a RunPython unfiltered delete as blocking', async () => {
    const text = [
      'from django.db import migrations',
      '',
      '',
      'def purge(apps, schema_editor):',
      '    apps.get_model("shop", "Cart").objects.all().delete()',
      '',
      '',
      'class Migration(migrations.Migration):',
      '',
      '    dependencies = [("shop", "0013_cart")]',
      '',
      '    operations = [',
      '        migrations.RunSQL(',
      '            "CREATE INDEX shop_cart_token ON shop_cart (token)",',
      '            reverse_sql="DROP TABLE shop_cart_archive",',
      '        ),',
      '        migrations.RunPython(purge, migrations.RunPython.noop),',
      '    ]',
      '',
    ].join('\n');
    expect(await findingsOf('shop/migrations/0014_purge.py', text)).toEqual({
      verdict: 'block',
      findings: [
        ['orm/unbounded-delete', 5, false, true],
        ['sql/drop-table', 15, true, false],
      ],
    });
  });

  it('reads an Alembic downgrade as rollback-only and a batch drop forward', async () => {
    const text = [
      '"""drop mfa',
      '',
      'Revision ID: a41c0e5d88f2',
      'Revises: 6d0f1e2a3b4c',
      '"""',
      'from alembic import op',
      'import sqlalchemy as sa',
      '',
      'revision = "a41c0e5d88f2"',
      'down_revision = "6d0f1e2a3b4c"',
      '',
      '',
      'def upgrade():',
      '    with op.batch_alter_table("users") as batch_op:',
      '        batch_op.drop_column("mfa_secret")',
      '',
      '',
      'def downgrade():',
      '    op.execute("DELETE FROM webauthn_credentials")',
      '',
    ].join('\n');
    expect(await findingsOf('migrations/versions/a41c0e5d88f2_drop_mfa.py', text)).toEqual({
      verdict: 'block',
      findings: [
        ['orm/drop-column', 15, false, true],
        ['sql/delete-without-where', 19, true, false],
      ],
    });
  });

  it('reports only the changed lines of an edited migration', async () => {
    const base = 'class M < ActiveRecord::Migration[7.1]\n  def up\n    drop_table :a\n  end\nend\n';
    const head =
      'class M < ActiveRecord::Migration[7.1]\n  def up\n    drop_table :a\n    remove_column :b, :c\n  end\nend\n';
    const decision = await check(changeSetOf([changedFile(RAILS, base, head)]), defaultPolicy());
    expect(decision.findings.map((f) => [f.ruleId, f.line])).toEqual([['orm/drop-column', 4]]);
  });

  it('fails closed on a recognised migration that does not parse', async () => {
    const text = 'class M < ActiveRecord::Migration[7.1]\n  def up\n    drop_table(:a\n  end\nend\n';
    const { findings } = await findingsOf(RAILS, text);
    expect(findings.map((f) => f[0])).toEqual(['core/unreadable-file']);
  });

  it('leaves application code that deletes rows to the code family', async () => {
    const model =
      'class Session < ApplicationRecord\n  def self.purge!\n    delete_all\n    Session.delete_all\n  end\nend\n';
    const { findings } = await findingsOf('app/models/session.rb', model);
    expect(findings.filter(([ruleId]) => String(ruleId).startsWith('orm/'))).toEqual([]);
    expect(findings.map(([ruleId, line]) => [ruleId, line])).toContainEqual(['code/unbounded-orm-delete', 4]);
  });
});
