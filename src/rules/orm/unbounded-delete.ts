import type { Rule } from '../../core/rule.js';
import { operationsOf, reportOf, type MigrationDocument } from './document.js';

export const unboundedDelete: Rule<MigrationDocument, 'unboundedDelete'> = {
  meta: {
    id: 'orm/unbounded-delete',
    family: 'orm',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A migration deletes rows with no condition (delete_all, destroy_all, objects.all().delete(), del() without where, bulkDelete with an empty filter): every row goes.',
    messages: { unboundedDelete: '{call} deletes every row of {target}' },
    examples: {
      invalid: [
        {
          code: 'class PurgeSessions < ActiveRecord::Migration[7.1]\n  def up\n    Session.delete_all\n  end\nend\n',
          line: 3,
          path: 'db/migrate/20261121000000_purge_sessions.rb',
        },
        {
          code: '/**\n * @param { import("knex").Knex } knex\n * @returns { Promise<void> }\n */\nexports.up = async function (knex) {\n  await knex(\'sessions\').del();\n};\n\n/**\n * @param { import("knex").Knex } knex\n * @returns { Promise<void> }\n */\nexports.down = async function (knex) {\n};\n',
          line: 6,
          path: 'migrations/20261121000000_change.js',
        },
        {
          code: "'use strict';\n\n/** @type {import('sequelize-cli').Migration} */\nmodule.exports = {\n  async up (queryInterface, Sequelize) {\n    await queryInterface.bulkDelete('Sessions', null, {});\n  },\n\n  async down (queryInterface, Sequelize) {\n  }\n};\n",
          line: 6,
          path: 'migrations/20261121000000-change.js',
        },
      ],
      valid: [
        {
          code: "class PurgeOldSessions < ActiveRecord::Migration[7.1]\n  def up\n    Session.where('updated_at < ?', 1.year.ago).delete_all\n  end\nend\n",
          path: 'db/migrate/20261121000000_purge_old_sessions.rb',
        },
        {
          code: "/**\n * @param { import(\"knex\").Knex } knex\n * @returns { Promise<void> }\n */\nexports.up = async function (knex) {\n  await knex('sessions').where('expires_at', '<', knex.fn.now()).del();\n};\n\n/**\n * @param { import(\"knex\").Knex } knex\n * @returns { Promise<void> }\n */\nexports.down = async function (knex) {\n};\n",
          path: 'migrations/20261121000000_change.js',
        },
        {
          code: "'use strict';\n\n/** @type {import('sequelize-cli').Migration} */\nmodule.exports = {\n  async up (queryInterface, Sequelize) {\n    await queryInterface.bulkDelete('Sessions', { expired: true }, {});\n  },\n\n  async down (queryInterface, Sequelize) {\n  }\n};\n",
          path: 'migrations/20261121000000-change.js',
        },
      ],
    },
  },
  check(doc, report) {
    for (const found of operationsOf(doc, 'unbounded-delete')) report(reportOf('unboundedDelete', found));
  },
};
