import type { Rule } from '../../core/rule.js';
import { displayName, operationsOf, type SqlDocument } from './lib/document.js';

export const detachPartition: Rule<SqlDocument, 'detachPartition'> = {
  meta: {
    id: 'sql/detach-partition',
    family: 'sql',
    kind: 'destructive',
    defaultSeverity: 'warn',
    description:
      'DETACH PARTITION takes rows out of the table; they survive as a standalone table that is often dropped next.',
    messages: { detachPartition: 'DETACH PARTITION {partitions} removes those rows from {table}' },
    examples: {
      invalid: [{ code: 'ALTER TABLE measurements DETACH PARTITION measurements_y2020;', line: 1 }],
      valid: ["ALTER TABLE measurements ATTACH PARTITION m2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');"],
    },
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, 'drop-partition')) {
      if (!operation.detach) continue;
      const data = { partitions: operation.partitions.join(', '), table: displayName(operation.table) };
      report({ messageId: 'detachPartition', data, span: operation.span, unit });
    }
  },
};
