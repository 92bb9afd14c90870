import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // destroy_all runs callbacks but still takes every row
    {
      code: 'class Change < ActiveRecord::Migration[7.1]\n  def up\n    Session.destroy_all\n  end\nend\n',
      path: 'db/migrate/20261121000000_change.rb',
      line: 3,
      messageId: 'unboundedDelete',
    },
    // Knex's delete(), the alias of del()
    {
      code: "import type { Knex } from 'knex';\n\nexport async function up(knex: Knex): Promise<void> {\n  await knex('sessions').delete();\n}\n\nexport async function down(knex: Knex): Promise<void> {}\n",
      path: 'migrations/20261121000000_change.ts',
      line: 4,
      messageId: 'unboundedDelete',
    },
  ],
  valid: [
    {
      code: 'class Change < ActiveRecord::Migration[7.1]\n  def up\n    Session.where(expired: true).destroy_all\n  end\nend\n',
      path: 'db/migrate/20261121000000_change.rb',
    },
    {
      code: "import type { Knex } from 'knex';\n\nexport async function up(knex: Knex): Promise<void> {\n  await knex('sessions').where({ expired: true }).delete();\n}\n\nexport async function down(knex: Knex): Promise<void> {}\n",
      path: 'migrations/20261121000000_change.ts',
    },
  ],
};

ruleTester('orm/unbounded-delete', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('orm/unbounded-delete', cases.invalid)).toMatchInlineSnapshot(`
    "db/migrate/20261121000000_change.rb:3:13 orm/unbounded-delete
    3 |     Session.destroy_all
      |             ^^^^^^^^^^^ destroy_all deletes every row of Session

    migrations/20261121000000_change.ts:4:26 orm/unbounded-delete
    4 |   await knex('sessions').delete();
      |                          ^^^^^^ delete deletes every row of sessions"
  `);
});
