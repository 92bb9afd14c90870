import type { Rule } from '../../core/rule.js';
import { operationsOf, reportOf, type MigrationDocument } from './document.js';

export const truncate: Rule<MigrationDocument, 'truncate'> = {
  meta: {
    id: 'orm/truncate',
    family: 'orm',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A migration truncates a table through the framework (truncate(), ->truncate(), TRUNCATE by the query builder): every row goes.',
    messages: { truncate: '{call} empties {target}' },
    examples: {
      invalid: [
        {
          code: "exports.up = async function (knex) {\n  await knex('audit_events').truncate();\n};\n\nexports.down = async function () {};\n",
          line: 2,
          path: 'migrations/20261121000000_clear_audit.js',
        },
        {
          code: 'import { MigrationInterface, QueryRunner } from "typeorm";\n\nexport class Change1763683200000 implements MigrationInterface {\n    name = \'Change1763683200000\'\n\n    public async up(queryRunner: QueryRunner): Promise<void> {\n        await queryRunner.clearTable("audit_event");\n    }\n\n    public async down(queryRunner: QueryRunner): Promise<void> {\n    }\n}\n',
          line: 7,
          path: 'src/migrations/1763683200000-Change.ts',
        },
        {
          code: "'use strict';\n\n/** @type {import('sequelize-cli').Migration} */\nmodule.exports = {\n  async up (queryInterface, Sequelize) {\n    await queryInterface.bulkDelete('AuditEvents', null, { truncate: true });\n  },\n\n  async down (queryInterface, Sequelize) {\n  }\n};\n",
          line: 6,
          path: 'migrations/20261121000000-change.js',
        },
      ],
      valid: [
        {
          code: "exports.up = async function (knex) {\n  await knex.schema.createTable('audit_events', (t) => t.increments());\n};\n",
          path: 'migrations/20261121000000_audit.js',
        },
      ],
    },
  },
  check(doc, report) {
    for (const found of operationsOf(doc, 'truncate')) report(reportOf('truncate', found));
  },
};
