import type { Rule } from '../../core/rule.js';
import { displayName, operationsOf, type SqlDocument } from './lib/document.js';

export const dropPartition: Rule<SqlDocument, 'dropPartition'> = {
  meta: {
    id: 'sql/drop-partition',
    family: 'sql',
    kind: 'destructive',
    defaultSeverity: 'block',
    description: 'ALTER TABLE ... DROP PARTITION deletes every row stored in those partitions.',
    messages: { dropPartition: 'DROP PARTITION {partitions} on {table} deletes every row in those partitions' },
    examples: {
      invalid: [
        {
          code: 'ALTER TABLE request_logs\n  DROP PARTITION p2021, p2022;',
          line: 2,
          path: 'db/mysql/20240701_drop_partitions.sql',
        },
      ],
      valid: [
        'ALTER TABLE request_logs REORGANIZE PARTITION pmax INTO (PARTITION p2025 VALUES LESS THAN (739617), PARTITION pmax VALUES LESS THAN MAXVALUE);',
      ],
    },
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, 'drop-partition')) {
      if (operation.detach) continue;
      const data = { partitions: operation.partitions.join(', '), table: displayName(operation.table) };
      report({ messageId: 'dropPartition', data, span: operation.span, unit });
    }
  },
};
