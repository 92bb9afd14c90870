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
      ],
      valid: [
        {
          code: "class PurgeOldSessions < ActiveRecord::Migration[7.1]\n  def up\n    Session.where('updated_at < ?', 1.year.ago).delete_all\n  end\nend\n",
          path: 'db/migrate/20261121000000_purge_old_sessions.rb',
        },
      ],
    },
  },
  check(doc, report) {
    for (const found of operationsOf(doc, 'unbounded-delete')) report(reportOf('unboundedDelete', found));
  },
};
