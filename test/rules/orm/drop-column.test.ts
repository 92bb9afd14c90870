import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // strong_migrations: safety_assured does not make it reversible
    {
      code: 'class Change < ActiveRecord::Migration[7.1]\n  def up\n    safety_assured { remove_column :users, :fax }\n  end\nend\n',
      path: 'db/migrate/20261121000000_change.rb',
      line: 3,
      messageId: 'dropColumn',
    },
    // Alembic with a schema keyword
    {
      code: 'from alembic import op\nimport sqlalchemy as sa\n\nrevision = "c93d4b2e1f07"\ndown_revision = "3f2a9c1d7b21"\n\n\ndef upgrade() -> None:\n    op.drop_column("users", "fax", schema="crm")\n\n\ndef downgrade() -> None:\n    pass\n',
      path: 'alembic/versions/c93d4b2e1f07_change.py',
      line: 9,
      messageId: 'dropColumn',
    },
  ],
  valid: [
    {
      code: 'class Change < ActiveRecord::Migration[7.1]\n  def change\n    remove_index :users, :fax\n  end\nend\n',
      path: 'db/migrate/20261121000000_change.rb',
    },
    {
      code: 'from alembic import op\nimport sqlalchemy as sa\n\nrevision = "c93d4b2e1f07"\ndown_revision = "3f2a9c1d7b21"\n\n\ndef upgrade() -> None:\n    op.add_column("users", sa.Column("fax", sa.String(), nullable=True))\n\n\ndef downgrade() -> None:\n    pass\n',
      path: 'alembic/versions/c93d4b2e1f07_change.py',
    },
  ],
};

ruleTester('orm/drop-column', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('orm/drop-column', cases.invalid)).toMatchInlineSnapshot(`
    "db/migrate/20261121000000_change.rb:3:22 orm/drop-column
    3 |     safety_assured { remove_column :users, :fax }
      |                      ^^^^^^^^^^^^^ remove_column drops users.fax and its value in every row

    alembic/versions/c93d4b2e1f07_change.py:9:8 orm/drop-column
    9 |     op.drop_column("users", "fax", schema="crm")
      |        ^^^^^^^^^^^ op.drop_column drops users.fax and its value in every row"
  `);
});
