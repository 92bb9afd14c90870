import type { Rule } from '../../core/rule.js';
import { operationsOf, reportOf, type MigrationDocument } from './lib/document.js';

export const lossyTypeChange: Rule<MigrationDocument, 'lossyTypeChange' | 'widening'> = {
  meta: {
    id: 'orm/lossy-type-change',
    family: 'orm',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A migration changes a column to a type that cannot hold every old value (decimal to integer, a shorter max_length): values are truncated or rounded in place.',
    messages: {
      lossyTypeChange: '{call} changes {target} ({detail}); existing values are truncated or rounded',
      widening: '{call} changes {target} ({detail}), which keeps every stored value',
    },
    examples: {
      invalid: [
        {
          code: 'class ChangePriceToInteger < ActiveRecord::Migration[7.1]\n  def up\n    change_column :products, :price, :integer\n  end\nend\n',
          line: 3,
          path: 'db/migrate/20261121000000_change_price_to_integer.rb',
        },
        {
          code: '"""change\n\nRevision ID: c93d4b2e1f07\nRevises: 3f2a9c1d7b21\nCreate Date: 2026-11-21 10:00:00.000000\n\n"""\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = "c93d4b2e1f07"\ndown_revision = "3f2a9c1d7b21"\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade() -> None:\n    op.alter_column(\n        "products",\n        "price",\n        existing_type=sa.Numeric(precision=10, scale=2),\n        type_=sa.Integer(),\n    )\n\n\ndef downgrade() -> None:\n    pass\n',
          line: 18,
          path: 'alembic/versions/c93d4b2e1f07_price_to_integer.py',
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
        {
          code: "/**\n * @param { import(\"knex\").Knex } knex\n * @returns { Promise<void> }\n */\nexports.up = async function (knex) {\n  await knex.schema.alterTable('products', (table) => {\n    table.integer('price').alter();\n  });\n};\n\n/**\n * @param { import(\"knex\").Knex } knex\n * @returns { Promise<void> }\n */\nexports.down = async function (knex) {\n  await knex.schema.alterTable('products', (table) => {\n    table.decimal('price', 10, 2).alter();\n  });\n};\n",
          line: 7,
          path: 'migrations/20261121000000_change.js',
        },
        {
          code: 'import { MigrationInterface, QueryRunner, TableColumn } from "typeorm";\n\nexport class Change1763683200000 implements MigrationInterface {\n    name = \'Change1763683200000\'\n\n    public async up(queryRunner: QueryRunner): Promise<void> {\n        await queryRunner.changeColumn(\n            "product",\n            new TableColumn({ name: "price", type: "decimal", precision: 10, scale: 2 }),\n            new TableColumn({ name: "price", type: "int" }),\n        );\n    }\n\n    public async down(queryRunner: QueryRunner): Promise<void> {\n    }\n}\n',
          line: 10,
          path: 'src/migrations/1763683200000-Change.ts',
        },
        {
          code: "'use strict';\n\n/** @type {import('sequelize-cli').Migration} */\nmodule.exports = {\n  async up (queryInterface, Sequelize) {\n    await queryInterface.changeColumn('Products', 'price', { type: Sequelize.INTEGER });\n  },\n\n  async down (queryInterface, Sequelize) {\n    await queryInterface.changeColumn('Products', 'price', { type: Sequelize.DECIMAL(10, 2) });\n  }\n};\n",
          line: 6,
          path: 'migrations/20261121000000-change.js',
        },
        {
          code: 'generator client {\n  provider = "prisma-client-js"\n}\n\ndatasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\nmodel Product {\n  id    Int     @id\n  name  String  @db.VarChar(50)\n  price Int\n}\n',
          line: 13,
          path: 'prisma/schema.prisma',
          base: 'generator client {\n  provider = "prisma-client-js"\n}\n\ndatasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\nmodel Product {\n  id    Int     @id\n  name  String  @db.VarChar(255)\n  price Decimal @db.Decimal(10, 2)\n}\n',
        },
      ],
      valid: [
        {
          code: 'class WidenNotes < ActiveRecord::Migration[7.1]\n  def up\n    change_column :orders, :notes, :text\n  end\nend\n',
          path: 'db/migrate/20261121000000_widen_notes.rb',
        },
        {
          code: '# Generated by Django 5.0.6 on 2026-11-21 10:00\n\nfrom django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n\n    dependencies = [\n        ("shop", "0013_previous"),\n    ]\n\n    operations = [\n        migrations.AlterField(\n            model_name="company",\n            name="name",\n            field=models.CharField(max_length=255),\n        ),\n    ]\n',
          path: 'accounts/migrations/0031_alter_company_name.py',
        },
        {
          code: 'defmodule Acme.Repo.Migrations.Cleanup do\n  use Ecto.Migration\n\n  def change do\n    alter table(:customers) do\n      modify :bio, :text, from: :string\n    end\n  end\nend\n',
          path: 'priv/repo/migrations/20261121000000_cleanup.exs',
        },
        {
          code: 'using Microsoft.EntityFrameworkCore.Migrations;\n\nnamespace Shop.Data.Migrations\n{\n    public partial class Cleanup : Migration\n    {\n        protected override void Up(MigrationBuilder migrationBuilder)\n        {\n            migrationBuilder.AlterColumn<string>(\n                name: "Code",\n                table: "Products",\n                maxLength: 64,\n                oldClrType: typeof(string),\n                oldMaxLength: 16);\n        }\n\n        protected override void Down(MigrationBuilder migrationBuilder)\n        {\n\n        }\n    }\n}\n',
          path: 'Data/Migrations/20261121000000_Cleanup.cs',
        },
        {
          code: "'use strict';\n\n/** @type {import('sequelize-cli').Migration} */\nmodule.exports = {\n  async up (queryInterface, Sequelize) {\n    await queryInterface.changeColumn('Products', 'name', { type: Sequelize.TEXT });\n  },\n\n  async down (queryInterface, Sequelize) {\n  }\n};\n",
          path: 'migrations/20261121000000-change.js',
        },
        {
          code: 'generator client {\n  provider = "prisma-client-js"\n}\n\ndatasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\nmodel Product {\n  id    Int     @id\n  name  String\n  price Decimal @db.Decimal(12, 2)\n}\n',
          path: 'prisma/schema.prisma',
          base: 'generator client {\n  provider = "prisma-client-js"\n}\n\ndatasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\nmodel Product {\n  id    Int     @id\n  name  String  @db.VarChar(255)\n  price Decimal @db.Decimal(10, 2)\n}\n',
        },
      ],
    },
  },
  check(doc, report) {
    for (const found of operationsOf(doc, 'lossy-type-change')) {
      report(reportOf(found.operation.downgradedBecause === undefined ? 'lossyTypeChange' : 'widening', found));
    }
  },
};
