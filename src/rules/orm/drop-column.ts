import type { Rule } from '../../core/rule.js';
import { operationsOf, reportOf, type MigrationDocument } from './document.js';

export const dropColumn: Rule<MigrationDocument, 'dropColumn'> = {
  meta: {
    id: 'orm/drop-column',
    family: 'orm',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A migration removes a column or field (remove_column, RemoveField, op.drop_column, dropColumn): its values in every row are gone.',
    messages: { dropColumn: '{call} drops {target} and its value in every row' },
    examples: {
      invalid: [
        {
          code: 'class RemoveFaxFromCustomers < ActiveRecord::Migration[7.1]\n  def change\n    remove_column :customers, :fax, :string\n  end\nend\n',
          line: 3,
          path: 'db/migrate/20261121000000_remove_fax_from_customers.rb',
        },
        {
          code: "<?php\n\nuse Illuminate\\Database\\Migrations\\Migration;\nuse Illuminate\\Database\\Schema\\Blueprint;\nuse Illuminate\\Support\\Facades\\Schema;\n\nreturn new class extends Migration\n{\n    public function up(): void\n    {\n        Schema::table('customers', function (Blueprint $table) {\n            $table->dropColumn(['fax', 'telex']);\n        });\n    }\n\n    public function down(): void\n    {\n        //\n    }\n};\n",
          line: 12,
          path: 'database/migrations/2026_11_21_000000_cleanup.php',
        },
        {
          code: 'defmodule Acme.Repo.Migrations.Cleanup do\n  use Ecto.Migration\n\n  def change do\n    alter table(:customers) do\n      remove :fax, :string\n    end\n  end\nend\n',
          line: 6,
          path: 'priv/repo/migrations/20261121000000_cleanup.exs',
        },
        {
          code: 'using Microsoft.EntityFrameworkCore.Migrations;\n\nnamespace Shop.Data.Migrations\n{\n    public partial class Cleanup : Migration\n    {\n        protected override void Up(MigrationBuilder migrationBuilder)\n        {\n            migrationBuilder.DropColumn(\n                name: "FaxNumber",\n                table: "Customers");\n        }\n\n        protected override void Down(MigrationBuilder migrationBuilder)\n        {\n\n        }\n    }\n}\n',
          line: 9,
          path: 'Data/Migrations/20261121000000_Cleanup.cs',
        },
        {
          code: '<?xml version="1.0" encoding="UTF-8"?>\n<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n    <changeSet id="1" author="dev">\n        <dropColumn tableName="customer" columnName="fax"/>\n    </changeSet>\n</databaseChangeLog>\n',
          line: 4,
          path: 'src/main/resources/db/changelog/2026/0301-cleanup.xml',
        },
      ],
      valid: [
        {
          code: 'class AddFaxToCustomers < ActiveRecord::Migration[7.1]\n  def change\n    add_column :customers, :fax, :string\n  end\nend\n',
          path: 'db/migrate/20261121000000_add_fax_to_customers.rb',
        },
        {
          code: 'using Microsoft.EntityFrameworkCore.Migrations;\n\nnamespace Shop.Data.Migrations\n{\n    public partial class Cleanup : Migration\n    {\n        protected override void Up(MigrationBuilder migrationBuilder)\n        {\n            migrationBuilder.AddColumn<string>(\n                name: "PreferredLanguage",\n                table: "Customers",\n                nullable: true);\n        }\n\n        protected override void Down(MigrationBuilder migrationBuilder)\n        {\n\n        }\n    }\n}\n',
          path: 'Data/Migrations/20261121000000_Cleanup.cs',
        },
        {
          code: '<?xml version="1.0" encoding="UTF-8"?>\n<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n    <changeSet id="1" author="dev">\n        <addColumn tableName="customer">\n            <column name="tier" type="varchar(16)"/>\n        </addColumn>\n    </changeSet>\n</databaseChangeLog>\n',
          path: 'src/main/resources/db/changelog/2026/0301-cleanup.xml',
        },
      ],
    },
  },
  check(doc, report) {
    for (const found of operationsOf(doc, 'drop-column')) report(reportOf('dropColumn', found));
  },
};
