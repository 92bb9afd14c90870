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
      ],
      valid: [
        {
          code: 'class AddFaxToCustomers < ActiveRecord::Migration[7.1]\n  def change\n    add_column :customers, :fax, :string\n  end\nend\n',
          path: 'db/migrate/20261121000000_add_fax_to_customers.rb',
        },
      ],
    },
  },
  check(doc, report) {
    for (const found of operationsOf(doc, 'drop-column')) report(reportOf('dropColumn', found));
  },
};
