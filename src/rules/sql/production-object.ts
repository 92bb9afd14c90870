import type { Rule } from '../../core/rule.js';
import { displayName, operationsOf, type SqlDocument } from './lib/document.js';

export const productionObject: Rule<SqlDocument, 'productionObject'> = {
  meta: {
    id: 'sql/production-object',
    family: 'sql',
    kind: 'production',
    defaultSeverity: 'warn',
    description:
      'A statement names a production project, database or schema (by the policy, or by a prod/production name part).',
    messages: { productionObject: '{name} is a production object' },
    examples: {
      invalid: [
        {
          code: 'DELETE FROM `acme-analytics-prod.events.page_views`\nWHERE event_date < "2020-01-01";',
          line: 1,
          path: 'warehouse/bq/prune.sql',
        },
      ],
      valid: [
        'ALTER TABLE `acme-analytics-staging.events.page_views` ADD COLUMN IF NOT EXISTS consent STRING;',
        'SELECT * FROM products;',
      ],
    },
  },
  check(doc, report) {
    const seen = new Set<string>();
    for (const { operation, unit } of operationsOf(doc, 'reference')) {
      // Only the qualifiers (project, database, schema) say where a statement runs, not the table's own name.
      const qualifiers = operation.name.slice(0, -1);
      const production = qualifiers.find((part) => doc.isProductionName(part));
      if (!production) continue;
      const key = `${unit.start}:${production}`;
      if (seen.has(key)) continue;
      seen.add(key);
      report({
        messageId: 'productionObject',
        data: { name: displayName(operation.name) },
        span: operation.span,
        unit,
      });
    }
  },
};
