import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a bounded string from a column whose current type is unknown: blocks and says so
    {
      code: "module.exports = {\n  async up(queryInterface, Sequelize) {\n    await queryInterface.changeColumn('users', 'name', { type: Sequelize.STRING(50) });\n  },\n  async down() {},\n};\n",
      path: 'migrations/20261201000000-shorten-names.js',
      line: 3,
      messageId: 'lossyTypeChange',
      data: {
        call: 'queryInterface.changeColumn',
        target: 'users.name',
        detail: 'current type unknown -> varchar(50)',
      },
    },
    {
      code: "exports.up = function (knex) {\n  return knex.schema.alterTable('users', (t) => {\n    t.string('name', 50).alter();\n  });\n};\nexports.down = function () {};\n",
      path: 'migrations/20261201000000_shorten.js',
      line: 3,
      messageId: 'lossyTypeChange',
    },
    // change_column to integer with options
    {
      code: 'class Change < ActiveRecord::Migration[7.1]\n  def up\n    change_column :orders, :total, :integer, null: false\n  end\nend\n',
      path: 'db/migrate/20261121000000_change.rb',
      line: 3,
      messageId: 'lossyTypeChange',
    },
    // Ecto: text to a sized string
    {
      code: 'defmodule Acme.Repo.Migrations.Change do\n  use Ecto.Migration\n\n  def change do\n    alter table(:products) do\n      modify :name, :string, size: 20, from: :text\n    end\n  end\nend\n',
      path: 'priv/repo/migrations/20261121000000_change.exs',
      line: 6,
      messageId: 'lossyTypeChange',
    },
  ],
  valid: [
    {
      code: 'class Change < ActiveRecord::Migration[7.1]\n  def change\n    change_column_default :orders, :status, from: nil, to: "new"\n  end\nend\n',
      path: 'db/migrate/20261121000000_change.rb',
    },
    // Ecto: a widening
    {
      code: 'defmodule Acme.Repo.Migrations.Change do\n  use Ecto.Migration\n\n  def change do\n    alter table(:products) do\n      modify :count, :bigint, from: :integer\n    end\n  end\nend\n',
      path: 'priv/repo/migrations/20261121000000_change.exs',
    },
  ],
};

ruleTester('orm/lossy-type-change', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('orm/lossy-type-change', cases.invalid)).toMatchInlineSnapshot(`
    "migrations/20261201000000-shorten-names.js:3:56 orm/lossy-type-change
    3 |     await queryInterface.changeColumn('users', 'name', { type: Sequelize.STRING(50) });
      |                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ queryInterface.changeColumn changes users.name (current type unknown -> varchar(50)); existing values are truncated or rounded

    migrations/20261201000000_shorten.js:3:14 orm/lossy-type-change
    3 |     t.string('name', 50).alter();
      |              ^^^^^^ alter changes users.name (current type unknown -> varchar(50)); existing values are truncated or rounded

    db/migrate/20261121000000_change.rb:3:5 orm/lossy-type-change
    3 |     change_column :orders, :total, :integer, null: false
      |     ^^^^^^^^^^^^^ change_column changes orders.total (current type unknown -> integer); existing values are truncated or rounded

    priv/repo/migrations/20261121000000_change.exs:6:7 orm/lossy-type-change
    6 |       modify :name, :string, size: 20, from: :text
      |       ^^^^^^ modify changes products.name (text -> varchar(20)); existing values are truncated or rounded"
  `);
});
