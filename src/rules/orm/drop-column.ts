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
          code: '/**\n * @param { import("knex").Knex } knex\n * @returns { Promise<void> }\n */\nexports.up = async function (knex) {\n  await knex.schema.alterTable(\'customers\', (table) => {\n    table.dropColumn(\'fax\');\n  });\n};\n\n/**\n * @param { import("knex").Knex } knex\n * @returns { Promise<void> }\n */\nexports.down = async function (knex) {\n};\n',
          line: 7,
          path: 'migrations/20261121000000_change.js',
        },
        {
          code: 'import { MigrationInterface, QueryRunner } from "typeorm";\n\nexport class Change1763683200000 implements MigrationInterface {\n    name = \'Change1763683200000\'\n\n    public async up(queryRunner: QueryRunner): Promise<void> {\n        await queryRunner.dropColumn("customer", "fax");\n    }\n\n    public async down(queryRunner: QueryRunner): Promise<void> {\n    }\n}\n',
          line: 7,
          path: 'src/migrations/1763683200000-Change.ts',
        },
        {
          code: "'use strict';\n\n/** @type {import('sequelize-cli').Migration} */\nmodule.exports = {\n  async up (queryInterface, Sequelize) {\n    await queryInterface.removeColumn('Customers', 'fax');\n  },\n\n  async down (queryInterface, Sequelize) {\n  }\n};\n",
          line: 6,
          path: 'migrations/20261121000000-change.js',
        },
        {
          code: 'generator client {\n  provider = "prisma-client-js"\n}\n\ndatasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\nmodel User {\n  id    Int     @id @default(autoincrement())\n  email String  @unique\n}\n\nmodel Invitation {\n  id    Int    @id\n  token String\n}\n',
          line: 13,
          path: 'prisma/schema.prisma',
          base: 'generator client {\n  provider = "prisma-client-js"\n}\n\ndatasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\nmodel User {\n  id    Int     @id @default(autoincrement())\n  email String  @unique\n  fax   String?\n}\n\nmodel Invitation {\n  id    Int    @id\n  token String\n}\n',
          side: 'base',
        },
      ],
      valid: [
        {
          code: 'class AddFaxToCustomers < ActiveRecord::Migration[7.1]\n  def change\n    add_column :customers, :fax, :string\n  end\nend\n',
          path: 'db/migrate/20261121000000_add_fax_to_customers.rb',
        },
        {
          code: "'use strict';\n\n/** @type {import('sequelize-cli').Migration} */\nmodule.exports = {\n  async up (queryInterface, Sequelize) {\n    await queryInterface.addColumn('Customers', 'fax', { type: Sequelize.STRING });\n  },\n\n  async down (queryInterface, Sequelize) {\n  }\n};\n",
          path: 'migrations/20261121000000-change.js',
        },
        {
          code: 'generator client {\n  provider = "prisma-client-js"\n}\n\ndatasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\nmodel Member {\n  id           Int     @id @default(autoincrement())\n  emailAddress String  @unique @map("email")\n  fax          String?\n\n  @@map("User")\n}\n\nmodel Invitation {\n  id    Int    @id\n  token String\n}\n',
          path: 'prisma/schema.prisma',
          base: 'generator client {\n  provider = "prisma-client-js"\n}\n\ndatasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\nmodel User {\n  id    Int     @id @default(autoincrement())\n  email String  @unique\n  fax   String?\n}\n\nmodel Invitation {\n  id    Int    @id\n  token String\n}\n',
        },
      ],
    },
  },
  check(doc, report) {
    for (const found of operationsOf(doc, 'drop-column')) report(reportOf('dropColumn', found));
  },
};
