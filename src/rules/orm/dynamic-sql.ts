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
      ],
      valid: [
        {
          code: "class AddIndex < ActiveRecord::Migration[7.1]\n  def up\n    execute 'CREATE INDEX idx_orders_status ON orders (status)'\n  end\nend\n",
          path: 'db/migrate/20261121000000_add_index.rb',
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
