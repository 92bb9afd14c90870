import type { Rule } from '../../core/rule.js';
import { displayName, heldDataBefore, operationsOf, type SqlDocument } from './document.js';

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
      ],
      valid: [
        'CREATE TEMP TABLE scratch (id int);\nDROP TABLE scratch;',
        'CREATE TABLE staging_import (id int);\nINSERT INTO t SELECT * FROM staging_import;\nDROP TABLE staging_import;',
        "-- DROP TABLE users;\nSELECT 'DROP TABLE users';",
        'DROP INDEX CONCURRENTLY IF EXISTS idx_orders_status;',
      ],
    },
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, 'drop')) {
      if (operation.objectType !== 'table' || operation.temporary) continue;
      const lost = operation.names.filter((n) => heldDataBefore(doc, n, operation.span.start));
      if (lost.length)
        report({
          messageId: 'dropTable',
          data: { name: lost.map(displayName).join(', ') },
          span: operation.span,
          unit,
        });
    }
  },
};
