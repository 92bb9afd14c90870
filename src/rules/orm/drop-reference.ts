import type { Rule } from '../../core/rule.js';
import { operationsOf, reportOf, type MigrationDocument } from './document.js';

export const dropReference: Rule<MigrationDocument, 'dropReference'> = {
  meta: {
    id: 'orm/drop-reference',
    family: 'orm',
    kind: 'destructive',
    defaultSeverity: 'block',
    description:
      'A migration removes a reference or foreign-key column (remove_reference, remove_belongs_to, dropForeign with its column): the links in every row are gone.',
    messages: { dropReference: '{call} drops {target} and the reference it held in every row' },
    examples: {
      invalid: [
        {
          code: 'class RemoveAccountFromUsers < ActiveRecord::Migration[7.1]\n  def change\n    remove_reference :users, :account, foreign_key: true\n  end\nend\n',
          line: 3,
          path: 'db/migrate/20261121000000_remove_account_from_users.rb',
        },
      ],
      valid: [
        {
          code: 'class AddAccountToUsers < ActiveRecord::Migration[7.1]\n  def change\n    add_reference :users, :account, foreign_key: true\n  end\nend\n',
          path: 'db/migrate/20261121000000_add_account_to_users.rb',
        },
        {
          code: '"""change\n\nRevision ID: c93d4b2e1f07\nRevises: 3f2a9c1d7b21\nCreate Date: 2026-11-21 10:00:00.000000\n\n"""\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = "c93d4b2e1f07"\ndown_revision = "3f2a9c1d7b21"\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade() -> None:\n    op.drop_constraint("fk_orders_user_id", "orders", type_="foreignkey")\n\n\ndef downgrade() -> None:\n    pass\n',
          path: 'alembic/versions/c93d4b2e1f07_drop_fk.py',
        },
      ],
    },
  },
  check(doc, report) {
    for (const found of operationsOf(doc, 'drop-reference')) report(reportOf('dropReference', found));
  },
};
