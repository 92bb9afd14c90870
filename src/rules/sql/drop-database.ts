import type { Rule } from '../../core/rule.js';
import { isTestDatabase } from '../../parsers/shell/test-database.js';
import { displayName, operationsOf, type SqlDocument } from './lib/document.js';

export const dropDatabase: Rule<SqlDocument, 'dropDatabase'> = {
  meta: {
    id: 'sql/drop-database',
    family: 'sql',
    kind: 'destructive',
    defaultSeverity: 'block',
    description: 'DROP DATABASE: every schema, table and row in the database is gone.',
    messages: { dropDatabase: 'DROP DATABASE {name} destroys the whole database' },
    examples: {
      invalid: [
        { code: 'DROP DATABASE IF EXISTS shop;', line: 1 },
        { code: 'USE master;\nGO\nDROP DATABASE [Shop];\nGO', line: 3, path: 'db/sqlserver/drop.sql' },
      ],
      valid: ['CREATE DATABASE shop;', 'DROP DATABASE IF EXISTS shop_test;\nCREATE DATABASE shop_test;'],
    },
  },
  check(doc, report) {
    for (const { operation, unit } of operationsOf(doc, 'drop')) {
      if (operation.objectType !== 'database') continue;
      // `DROP DATABASE IF EXISTS app_test` before a test run: a database the test suite owns.
      const tests = operation.names.every((n) => isTestDatabase(n.at(-1) ?? ''));
      report({
        messageId: 'dropDatabase',
        data: { name: operation.names.map(displayName).join(', ') },
        span: operation.span,
        unit,
        ...(tests ? { downgradedBecause: `a test database (${operation.names.map(displayName).join(', ')})` } : {}),
      });
    }
  },
};
