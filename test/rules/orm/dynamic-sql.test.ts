import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // Rails execute of a concatenation
    {
      code: 'class Change < ActiveRecord::Migration[7.1]\n  def up\n    execute("DROP TABLE " + legacy_table)\n  end\nend\n',
      path: 'db/migrate/20261121000000_change.rb',
      line: 3,
      messageId: 'dynamicSql',
    },
    // Alembic with str.format
    {
      code: 'from alembic import op\nimport sqlalchemy as sa\n\nrevision = "c93d4b2e1f07"\ndown_revision = "3f2a9c1d7b21"\n\n\ndef upgrade() -> None:\n    op.execute("TRUNCATE {}".format(table))\n\n\ndef downgrade() -> None:\n    pass\n',
      path: 'alembic/versions/c93d4b2e1f07_change.py',
      line: 9,
      messageId: 'dynamicSql',
    },
  ],
  valid: [
    {
      code: 'from alembic import op\nimport sqlalchemy as sa\n\nrevision = "c93d4b2e1f07"\ndown_revision = "3f2a9c1d7b21"\n\n\ndef upgrade() -> None:\n    op.execute("CREATE INDEX ix_orders_status ON orders (status)")\n\n\ndef downgrade() -> None:\n    pass\n',
      path: 'alembic/versions/c93d4b2e1f07_change.py',
    },
    // a static heredoc
    {
      code: 'class Change < ActiveRecord::Migration[7.1]\n  def up\n    execute <<~SQL\n      CREATE INDEX idx_orders_status ON orders (status)\n    SQL\n  end\nend\n',
      path: 'db/migrate/20261121000000_change.rb',
    },
  ],
};

ruleTester('orm/dynamic-sql', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('orm/dynamic-sql', cases.invalid)).toMatchInlineSnapshot(`
    "db/migrate/20261121000000_change.rb:3:13 orm/dynamic-sql
    3 |     execute("DROP TABLE " + legacy_table)
      |             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ execute runs SQL built by concatenation; two-key cannot see what it will run

    alembic/versions/c93d4b2e1f07_change.py:9:16 orm/dynamic-sql
    9 |     op.execute("TRUNCATE {}".format(table))
      |                ^^^^^^^^^^^^^^^^^^^^^^^^^^^ op.execute runs SQL built by .format(); two-key cannot see what it will run"
  `);
});
