import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // several schemas at once
    { code: 'DROP SCHEMA IF EXISTS staging, archive CASCADE;', line: 1, messageId: 'dropSchemaCascade' },
    // lower case, without CASCADE
    { code: 'select 1;\ndrop schema legacy;', line: 2, messageId: 'dropSchema' },
  ],
  valid: [
    'ALTER SCHEMA reporting RENAME TO reports;',
    // the statement only in a string
    "SELECT 'DROP SCHEMA public CASCADE';",
  ],
};

ruleTester('sql/drop-schema', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('sql/drop-schema', cases.invalid)).toMatchInlineSnapshot(`
    "db/migrations/20261121000000_example.sql:1:1 sql/drop-schema
    1 | DROP SCHEMA IF EXISTS staging, archive CASCADE;
      | ^^^^ DROP SCHEMA staging, archive CASCADE destroys every table and row in the schema

    db/migrations/20261121000000_example.sql:2:1 sql/drop-schema
    2 | drop schema legacy;
      | ^^^^ DROP SCHEMA legacy removes the schema"
  `);
});
