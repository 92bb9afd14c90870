import type { Rule } from '../../core/rule.js';
import type { MigrationDocument } from './document.js';

export const dynamicSql: Rule<MigrationDocument, 'dynamicSql'> = {
  meta: {
    id: 'orm/dynamic-sql',
    family: 'orm',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A migration runs SQL built at run time (interpolation, concatenation, format): what it will do cannot be read before it runs, so it needs a human.',
    messages: { dynamicSql: '{call} runs SQL built by {reason}; two-key cannot see what it will run' },
    examples: {
      invalid: [
        {
          code: 'class DropShards < ActiveRecord::Migration[7.1]\n  def up\n    shards.each { |s| execute "DROP TABLE #{s}" }\n  end\nend\n',
          line: 3,
          path: 'db/migrate/20261121000000_drop_shards.rb',
        },
        {
          code: '/**\n * @param { import("knex").Knex } knex\n * @returns { Promise<void> }\n */\nexports.up = async function (knex) {\n  for (const shard of shards) {\n    await knex.raw(`DROP TABLE ${shard}`);\n  }\n};\n\n/**\n * @param { import("knex").Knex } knex\n * @returns { Promise<void> }\n */\nexports.down = async function (knex) {\n};\n',
          line: 7,
          path: 'migrations/20261121000000_change.js',
        },
        {
          code: 'import { MigrationInterface, QueryRunner } from "typeorm";\n\nexport class Change1763683200000 implements MigrationInterface {\n    name = \'Change1763683200000\'\n\n    public async up(queryRunner: QueryRunner): Promise<void> {\n        await queryRunner.query("DELETE FROM " + tableName);\n    }\n\n    public async down(queryRunner: QueryRunner): Promise<void> {\n    }\n}\n',
          line: 7,
          path: 'src/migrations/1763683200000-Change.ts',
        },
        {
          code: "'use strict';\n\n/** @type {import('sequelize-cli').Migration} */\nmodule.exports = {\n  async up (queryInterface, Sequelize) {\n    await queryInterface.sequelize.query(`TRUNCATE ${table}`);\n  },\n\n  async down (queryInterface, Sequelize) {\n  }\n};\n",
          line: 6,
          path: 'migrations/20261121000000-change.js',
        },
      ],
      valid: [
        {
          code: "class AddIndex < ActiveRecord::Migration[7.1]\n  def up\n    execute 'CREATE INDEX idx_orders_status ON orders (status)'\n  end\nend\n",
          path: 'db/migrate/20261121000000_add_index.rb',
        },
        {
          code: 'import { MigrationInterface, QueryRunner } from "typeorm";\n\nexport class Change1763683200000 implements MigrationInterface {\n    name = \'Change1763683200000\'\n\n    public async up(queryRunner: QueryRunner): Promise<void> {\n        await queryRunner.query(`CREATE INDEX "IDX_order_status" ON "order" ("status") `);\n    }\n\n    public async down(queryRunner: QueryRunner): Promise<void> {\n        await queryRunner.query(`DROP INDEX "public"."IDX_order_status"`);\n    }\n}\n',
          path: 'src/migrations/1763683200000-Change.ts',
        },
      ],
    },
  },
  check(doc, report) {
    for (const d of doc.dynamicSql) {
      report({
        messageId: 'dynamicSql',
        data: { call: d.call, reason: d.reason },
        span: d.span,
        unit: d.unit,
        rollbackOnly: d.rollbackOnly,
      });
    }
  },
};
