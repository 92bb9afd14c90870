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
      ],
      valid: [
        {
          code: 'class WidenNotes < ActiveRecord::Migration[7.1]\n  def up\n    change_column :orders, :notes, :text\n  end\nend\n',
          path: 'db/migrate/20261121000000_widen_notes.rb',
        },
      ],
    },
  },
  check(doc, report) {
    for (const found of operationsOf(doc, 'lossy-type-change')) report(reportOf('lossyTypeChange', found));
  },
};
