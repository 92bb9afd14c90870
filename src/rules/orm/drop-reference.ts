import type { Rule } from '../../core/rule.js';
import { operationsOf, reportOf, type MigrationDocument } from './lib/document.js';

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
          code: "<?php\n\nuse Illuminate\\Database\\Migrations\\Migration;\nuse Illuminate\\Database\\Schema\\Blueprint;\nuse Illuminate\\Support\\Facades\\Schema;\n\nreturn new class extends Migration\n{\n    public function up(): void\n    {\n        Schema::table('posts', function (Blueprint $table) {\n            $table->dropForeign(['user_id']);\n            $table->dropColumn('user_id');\n        });\n    }\n\n    public function down(): void\n    {\n        //\n    }\n};\n",
          line: 13,
          path: 'database/migrations/2026_11_21_000000_cleanup.php',
        },
        {
          code: 'defmodule Acme.Repo.Migrations.Cleanup do\n  use Ecto.Migration\n\n  def change do\n    alter table(:posts) do\n      remove :user_id, references(:users)\n    end\n  end\nend\n',
          line: 6,
          path: 'priv/repo/migrations/20261121000000_cleanup.exs',
        },
        {
          code: 'using Microsoft.EntityFrameworkCore.Migrations;\n\nnamespace Shop.Data.Migrations\n{\n    public partial class Cleanup : Migration\n    {\n        protected override void Up(MigrationBuilder migrationBuilder)\n        {\n            migrationBuilder.DropForeignKey(\n                name: "FK_Posts_Users_UserId",\n                table: "Posts");\n\n            migrationBuilder.DropColumn(\n                name: "UserId",\n                table: "Posts");\n        }\n\n        protected override void Down(MigrationBuilder migrationBuilder)\n        {\n\n        }\n    }\n}\n',
          line: 13,
          path: 'Data/Migrations/20261121000000_Cleanup.cs',
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
          code: '"""change\n\nRevision ID: c93d4b2e1f07\nRevises: 3f2a9c1d7b21\nCreate Date: 2026-11-21 10:00:00.000000\n\n"""\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = "c93d4b2e1f07"\ndown_revision = "3f2a9c1d7b21"\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade() -> None:\n    op.drop_constraint("fk_orders_user_id", "orders", type_="foreignkey")\n\n\ndef downgrade() -> None:\n    pass\n',
          path: 'alembic/versions/c93d4b2e1f07_drop_fk.py',
        },
        {
          code: "<?php\n\nuse Illuminate\\Database\\Migrations\\Migration;\nuse Illuminate\\Database\\Schema\\Blueprint;\nuse Illuminate\\Support\\Facades\\Schema;\n\nreturn new class extends Migration\n{\n    public function up(): void\n    {\n        Schema::table('posts', function (Blueprint $table) {\n            $table->dropForeign(['user_id']);\n        });\n    }\n\n    public function down(): void\n    {\n        //\n    }\n};\n",
          path: 'database/migrations/2026_11_21_000000_cleanup.php',
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
