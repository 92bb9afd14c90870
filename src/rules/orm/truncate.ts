import type { Rule } from '../../core/rule.js';
import { operationsOf, reportOf, type MigrationDocument } from './lib/document.js';

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
          code: "<?php\n\nuse Illuminate\\Database\\Migrations\\Migration;\nuse Illuminate\\Database\\Schema\\Blueprint;\nuse Illuminate\\Support\\Facades\\Schema;\n\nreturn new class extends Migration\n{\n    public function up(): void\n    {\n        DB::table('audit_events')->truncate();\n    }\n\n    public function down(): void\n    {\n        //\n    }\n};\n",
          line: 11,
          path: 'database/migrations/2026_11_21_000000_cleanup.php',
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
        {
          code: "<?php\n\nuse Illuminate\\Database\\Migrations\\Migration;\nuse Illuminate\\Database\\Schema\\Blueprint;\nuse Illuminate\\Support\\Facades\\Schema;\n\nreturn new class extends Migration\n{\n    public function up(): void\n    {\n        DB::table('audit_events')->where('id', 1)->update(['seen' => true]);\n    }\n\n    public function down(): void\n    {\n        //\n    }\n};\n",
          path: 'database/migrations/2026_11_21_000000_cleanup.php',
        },
      ],
    },
  },
  check(doc, report) {
    for (const found of operationsOf(doc, 'truncate')) report(reportOf('truncate', found));
  },
};
