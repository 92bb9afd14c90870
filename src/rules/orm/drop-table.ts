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
      ],
      valid: [
        {
          code: 'class DropLegacyOrders < ActiveRecord::Migration[7.1]\n  def up\n    create_table :scratch\n  end\n\n  def down\n    drop_table :scratch\n  end\nend\n',
          path: 'db/migrate/20261121000000_create_scratch.rb',
        },
      ],
    },
  },
  check(doc, report) {
    for (const found of operationsOf(doc, 'drop-table')) report(reportOf('dropTable', found));
  },
};
