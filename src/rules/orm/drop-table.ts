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
          code: '/**\n * @param { import("knex").Knex } knex\n * @returns { Promise<void> }\n */\nexports.up = async function (knex) {\n  await knex.schema.dropTable(\'invitations\');\n};\n\n/**\n * @param { import("knex").Knex } knex\n * @returns { Promise<void> }\n */\nexports.down = async function (knex) {\n};\n',
          line: 6,
          path: 'migrations/20261121000000_change.js',
        },
        {
          code: 'import { MigrationInterface, QueryRunner } from "typeorm";\n\nexport class Change1763683200000 implements MigrationInterface {\n    name = \'Change1763683200000\'\n\n    public async up(queryRunner: QueryRunner): Promise<void> {\n        await queryRunner.dropTable("invitation");\n    }\n\n    public async down(queryRunner: QueryRunner): Promise<void> {\n    }\n}\n',
          line: 7,
          path: 'src/migrations/1763683200000-Change.ts',
        },
        {
          code: "'use strict';\n\n/** @type {import('sequelize-cli').Migration} */\nmodule.exports = {\n  async up (queryInterface, Sequelize) {\n    await queryInterface.dropTable('Invitations');\n  },\n\n  async down (queryInterface, Sequelize) {\n  }\n};\n",
          line: 6,
          path: 'migrations/20261121000000-change.js',
        },
        {
          code: 'generator client {\n  provider = "prisma-client-js"\n}\n\ndatasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\nmodel User {\n  id    Int     @id @default(autoincrement())\n  email String  @unique\n  fax   String?\n}\n',
          line: 16,
          path: 'prisma/schema.prisma',
          base: 'generator client {\n  provider = "prisma-client-js"\n}\n\ndatasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\nmodel User {\n  id    Int     @id @default(autoincrement())\n  email String  @unique\n  fax   String?\n}\n\nmodel Invitation {\n  id    Int    @id\n  token String\n}\n',
          side: 'base',
        },
      ],
      valid: [
        {
          code: 'class DropLegacyOrders < ActiveRecord::Migration[7.1]\n  def up\n    create_table :scratch\n  end\n\n  def down\n    drop_table :scratch\n  end\nend\n',
          path: 'db/migrate/20261121000000_create_scratch.rb',
        },
        {
          code: '/**\n * @param { import("knex").Knex } knex\n * @returns { Promise<void> }\n */\nexports.up = async function (knex) {\n  await knex.schema.createTable(\'invitations\', (table) => {\n    table.increments(\'id\');\n  });\n};\n\n/**\n * @param { import("knex").Knex } knex\n * @returns { Promise<void> }\n */\nexports.down = async function (knex) {\n};\n',
          path: 'migrations/20261121000000_change.js',
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
    for (const found of operationsOf(doc, 'drop-table')) report(reportOf('dropTable', found));
  },
};
