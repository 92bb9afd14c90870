import type { Rule } from '../../core/rule.js';
import { operationsOf, reportOf, type MigrationDocument } from './document.js';

export const dropTable: Rule<MigrationDocument, 'dropTable'> = {
  meta: {
    id: 'orm/drop-table',
    family: 'orm',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A migration drops a table (drop_table, DeleteModel, op.drop_table, dropTable, Schema::drop): the table and every row in it are gone.',
    messages: { dropTable: '{call} drops {target} and every row in it' },
    examples: {
      invalid: [
        {
          code: 'class DropLegacyOrders < ActiveRecord::Migration[7.1]\n  def change\n    drop_table :legacy_orders\n  end\nend\n',
          line: 3,
          path: 'db/migrate/20261121000000_drop_legacy_orders.rb',
        },
        {
          code: "<?php\n\nuse Illuminate\\Database\\Migrations\\Migration;\nuse Illuminate\\Database\\Schema\\Blueprint;\nuse Illuminate\\Support\\Facades\\Schema;\n\nreturn new class extends Migration\n{\n    public function up(): void\n    {\n        Schema::dropIfExists('password_histories');\n    }\n\n    public function down(): void\n    {\n        //\n    }\n};\n",
          line: 11,
          path: 'database/migrations/2026_11_21_000000_cleanup.php',
        },
        {
          code: 'defmodule Acme.Repo.Migrations.Cleanup do\n  use Ecto.Migration\n\n  def up do\n    drop table(:legacy_user_tokens)\n  end\nend\n',
          line: 5,
          path: 'priv/repo/migrations/20261121000000_cleanup.exs',
        },
        {
          code: 'using Microsoft.EntityFrameworkCore.Migrations;\n\nnamespace Shop.Data.Migrations\n{\n    public partial class Cleanup : Migration\n    {\n        protected override void Up(MigrationBuilder migrationBuilder)\n        {\n            migrationBuilder.DropTable(\n                name: "LegacyPayments");\n        }\n\n        protected override void Down(MigrationBuilder migrationBuilder)\n        {\n\n        }\n    }\n}\n',
          line: 9,
          path: 'Data/Migrations/20261121000000_Cleanup.cs',
        },
        {
          code: '<?xml version="1.0" encoding="UTF-8"?>\n<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n    <changeSet id="1" author="dev">\n        <dropTable tableName="coupon"/>\n    </changeSet>\n</databaseChangeLog>\n',
          line: 4,
          path: 'src/main/resources/db/changelog/2026/0301-cleanup.xml',
        },
        {
          code: 'databaseChangeLog:\n  - changeSet:\n      id: 1\n      author: dev\n      changes:\n        - dropTable:\n            tableName: coupon\n',
          line: 6,
          path: 'src/main/resources/db/changelog/2026/0302-cleanup.yaml',
        },
      ],
      valid: [
        {
          code: 'class DropLegacyOrders < ActiveRecord::Migration[7.1]\n  def up\n    create_table :scratch\n  end\n\n  def down\n    drop_table :scratch\n  end\nend\n',
          path: 'db/migrate/20261121000000_create_scratch.rb',
        },
        {
          code: "<?php\n\nuse Illuminate\\Database\\Migrations\\Migration;\nuse Illuminate\\Database\\Schema\\Blueprint;\nuse Illuminate\\Support\\Facades\\Schema;\n\nreturn new class extends Migration\n{\n    public function up(): void\n    {\n        Schema::create('devices', function (Blueprint $table) {\n            $table->id();\n        });\n    }\n\n    public function down(): void\n    {\n        //\n    }\n};\n",
          path: 'database/migrations/2026_11_21_000000_cleanup.php',
        },
        {
          code: '<?xml version="1.0" encoding="UTF-8"?>\n<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n    <changeSet id="1" author="dev">\n        <createTable tableName="coupon">\n            <column name="id" type="bigint"/>\n        </createTable>\n    </changeSet>\n</databaseChangeLog>\n',
          path: 'src/main/resources/db/changelog/2026/0301-cleanup.xml',
        },
      ],
    },
  },
  check(doc, report) {
    for (const found of operationsOf(doc, 'drop-table')) report(reportOf('dropTable', found));
  },
};
