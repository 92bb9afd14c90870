import type { Rule } from '../../core/rule.js';
import { operationsOf, reportOf, type MigrationDocument } from './document.js';

export const dropReference: Rule<MigrationDocument, 'dropReference'> = {
  meta: {
    id: 'orm/drop-reference',
    family: 'orm',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A migration removes a reference or foreign-key column (remove_reference, remove_belongs_to, dropForeign with its column): the links in every row are gone.',
    messages: { dropReference: '{call} drops {target} and the reference it held in every row' },
    examples: {
      invalid: [
        {
          code: 'class RemoveAccountFromUsers < ActiveRecord::Migration[7.1]\n  def change\n    remove_reference :users, :account, foreign_key: true\n  end\nend\n',
          line: 3,
          path: 'db/migrate/20261121000000_remove_account_from_users.rb',
        },
        {
          code: "/**\n * @param { import(\"knex\").Knex } knex\n * @returns { Promise<void> }\n */\nexports.up = async function (knex) {\n  await knex.schema.alterTable('orders', (table) => {\n    table.dropForeign('customer_id');\n    table.dropColumn('customer_id');\n  });\n};\n\n/**\n * @param { import(\"knex\").Knex } knex\n * @returns { Promise<void> }\n */\nexports.down = async function (knex) {\n};\n",
          line: 8,
          path: 'migrations/20261121000000_change.js',
        },
      ],
      valid: [
        {
          code: 'class AddAccountToUsers < ActiveRecord::Migration[7.1]\n  def change\n    add_reference :users, :account, foreign_key: true\n  end\nend\n',
          path: 'db/migrate/20261121000000_add_account_to_users.rb',
        },
        {
          code: '/**\n * @param { import("knex").Knex } knex\n * @returns { Promise<void> }\n */\nexports.up = async function (knex) {\n  await knex.schema.alterTable(\'orders\', (table) => {\n    table.dropForeign(\'customer_id\');\n  });\n};\n\n/**\n * @param { import("knex").Knex } knex\n * @returns { Promise<void> }\n */\nexports.down = async function (knex) {\n};\n',
          path: 'migrations/20261121000000_change.js',
        },
      ],
    },
  },
  check(doc, report) {
    for (const found of operationsOf(doc, 'drop-reference')) report(reportOf('dropReference', found));
  },
};
