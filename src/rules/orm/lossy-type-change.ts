import type { Rule } from '../../core/rule.js';
import { operationsOf, reportOf, type MigrationDocument } from './document.js';

export const lossyTypeChange: Rule<MigrationDocument, 'lossyTypeChange'> = {
  meta: {
    id: 'orm/lossy-type-change',
    family: 'orm',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A migration changes a column to a type that cannot hold every old value (decimal to integer, a shorter max_length): values are truncated or rounded in place.',
    messages: { lossyTypeChange: '{call} changes {target} ({detail}); existing values are truncated or rounded' },
    examples: {
      invalid: [
        {
          code: 'class ChangePriceToInteger < ActiveRecord::Migration[7.1]\n  def up\n    change_column :products, :price, :integer\n  end\nend\n',
          line: 3,
          path: 'db/migrate/20261121000000_change_price_to_integer.rb',
        },
        {
          code: "<?php\n\nuse Illuminate\\Database\\Migrations\\Migration;\nuse Illuminate\\Database\\Schema\\Blueprint;\nuse Illuminate\\Support\\Facades\\Schema;\n\nreturn new class extends Migration\n{\n    public function up(): void\n    {\n        Schema::table('customers', function (Blueprint $table) {\n            $table->string('name', 50)->change();\n        });\n    }\n\n    public function down(): void\n    {\n        Schema::table('customers', function (Blueprint $table) {\n            $table->string('name', 255)->change();\n        });\n    }\n};\n",
          line: 12,
          path: 'database/migrations/2026_11_21_000000_cleanup.php',
        },
        {
          code: 'defmodule Acme.Repo.Migrations.Cleanup do\n  use Ecto.Migration\n\n  def change do\n    alter table(:products) do\n      modify :price, :integer, from: :decimal\n    end\n  end\nend\n',
          line: 6,
          path: 'priv/repo/migrations/20261121000000_cleanup.exs',
        },
        {
          code: 'using Microsoft.EntityFrameworkCore.Migrations;\n\nnamespace Shop.Data.Migrations\n{\n    public partial class Cleanup : Migration\n    {\n        protected override void Up(MigrationBuilder migrationBuilder)\n        {\n            migrationBuilder.AlterColumn<string>(\n                name: "Code",\n                table: "Products",\n                maxLength: 16,\n                oldClrType: typeof(string),\n                oldMaxLength: 64);\n        }\n\n        protected override void Down(MigrationBuilder migrationBuilder)\n        {\n\n        }\n    }\n}\n',
          line: 9,
          path: 'Data/Migrations/20261121000000_Cleanup.cs',
        },
        {
          code: '<?xml version="1.0" encoding="UTF-8"?>\n<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n    <changeSet id="1" author="dev">\n        <modifyDataType tableName="product" columnName="price" newDataType="int"/>\n    </changeSet>\n</databaseChangeLog>\n',
          line: 4,
          path: 'src/main/resources/db/changelog/2026/0301-cleanup.xml',
        },
      ],
      valid: [
        {
          code: 'class WidenNotes < ActiveRecord::Migration[7.1]\n  def up\n    change_column :orders, :notes, :text\n  end\nend\n',
          path: 'db/migrate/20261121000000_widen_notes.rb',
        },
        {
          code: 'defmodule Acme.Repo.Migrations.Cleanup do\n  use Ecto.Migration\n\n  def change do\n    alter table(:customers) do\n      modify :bio, :text, from: :string\n    end\n  end\nend\n',
          path: 'priv/repo/migrations/20261121000000_cleanup.exs',
        },
        {
          code: 'using Microsoft.EntityFrameworkCore.Migrations;\n\nnamespace Shop.Data.Migrations\n{\n    public partial class Cleanup : Migration\n    {\n        protected override void Up(MigrationBuilder migrationBuilder)\n        {\n            migrationBuilder.AlterColumn<string>(\n                name: "Code",\n                table: "Products",\n                maxLength: 64,\n                oldClrType: typeof(string),\n                oldMaxLength: 16);\n        }\n\n        protected override void Down(MigrationBuilder migrationBuilder)\n        {\n\n        }\n    }\n}\n',
          path: 'Data/Migrations/20261121000000_Cleanup.cs',
        },
      ],
    },
  },
  check(doc, report) {
    for (const found of operationsOf(doc, 'lossy-type-change')) report(reportOf('lossyTypeChange', found));
  },
};
