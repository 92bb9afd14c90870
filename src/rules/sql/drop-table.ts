import type { Rule } from '../../core/rule.js';
import { displayName, heldDataBefore, operationsOf, type SqlDocument } from './lib/document.js';
import { keptRowsReason } from './lib/kept-rows.js';
import { dumpPreambleReason } from './lib/schema-dump.js';

export const dropTable: Rule<SqlDocument, 'dropTable'> = {
  meta: {
    id: 'sql/drop-table',
    family: 'sql',
    kind: 'destructive',
    defaultSeverity: 'block',
    description: 'DROP TABLE of a table that existed before the migration: the table and every row in it are gone.',
    messages: { dropTable: 'DROP TABLE {name} destroys the table and all its rows' },
    examples: {
      invalid: [
        { code: 'DROP TABLE bookings;', line: 1 },
        { code: '-- tidy up\nALTER TABLE a ADD COLUMN b int;\ndrop/**/table IF EXISTS "Orders" CASCADE;', line: 3 },
        { code: 'CREATE TABLE `keep` (id int);\nDROP TABLE `legacy_orders`;', line: 2, path: 'db/mysql/V2__drop.sql' },
        {
          code: 'CREATE TABLE new_orders (id integer, total numeric(12,2));\nINSERT INTO new_orders SELECT * FROM orders WHERE total > 0;\nDROP TABLE orders;\nALTER TABLE new_orders RENAME TO orders;',
          line: 3,
        },
      ],
      valid: [
        'CREATE TEMP TABLE scratch (id int);\nDROP TABLE scratch;',
        'CREATE TABLE staging_import (id int);\nINSERT INTO t SELECT * FROM staging_import;\nDROP TABLE staging_import;',
        "-- DROP TABLE users;\nSELECT 'DROP TABLE users';",
        'DROP INDEX CONCURRENTLY IF EXISTS idx_orders_status;',
        'CREATE TABLE new_orders (id integer, total numeric(12,2));\nINSERT INTO new_orders SELECT * FROM orders;\nDROP TABLE orders;\nALTER TABLE new_orders RENAME TO orders;',
      ],
    },
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, 'drop')) {
      if (operation.objectType !== 'table' || operation.temporary) continue;
      const lost = operation.names.filter((n) => heldDataBefore(doc, n, operation.span.start));
      if (lost.length === 0) continue;
      const kept = lost.map(
        (n) =>
          keptRowsReason(doc, n, operation.span.start) ??
          dumpPreambleReason(doc, n, operation.span.start) ??
          doc.createdInChange?.(n),
      );
      report({
        messageId: 'dropTable',
        data: { name: lost.map(displayName).join(', ') },
        span: operation.span,
        unit,
        ...(kept.every((k) => k !== undefined) ? { downgradedBecause: kept.join('; ') } : {}),
      });
    }
  },
};
