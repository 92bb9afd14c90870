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
          code: "'use strict';\n\n/** @type {import('sequelize-cli').Migration} */\nmodule.exports = {\n  async up (queryInterface, Sequelize) {\n    await queryInterface.changeColumn('Products', 'name', { type: Sequelize.STRING(500) });\n  },\n\n  async down (queryInterface, Sequelize) {\n  }\n};\n",
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
    for (const found of operationsOf(doc, 'lossy-type-change')) report(reportOf('lossyTypeChange', found));
  },
};
