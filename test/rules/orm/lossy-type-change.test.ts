import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
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
    "db/migrate/20261121000000_change.rb:3:5 orm/lossy-type-change
    3 |     change_column :orders, :total, :integer, null: false
      |     ^^^^^^^^^^^^^ change_column changes orders.total (current type unknown -> integer); existing values are truncated or rounded

    priv/repo/migrations/20261121000000_change.exs:6:7 orm/lossy-type-change
    6 |       modify :name, :string, size: 20, from: :text
      |       ^^^^^^ modify changes products.name (text -> varchar(20)); existing values are truncated or rounded"
  `);
});
