import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // several schemas at once
    { code: 'DROP SCHEMA IF EXISTS staging, archive CASCADE;', line: 1, messageId: 'dropSchemaCascade' },
    // lower case, without CASCADE
    { code: 'select 1;\ndrop schema legacy;', line: 2, messageId: 'dropSchema' },
    // created with IF NOT EXISTS: the schema may be old, with its tables
    {
      code: 'CREATE SCHEMA IF NOT EXISTS reporting;\nDROP SCHEMA reporting CASCADE;',
      line: 2,
      messageId: 'dropSchemaCascade',
    },
    // dropped before it is created again
    { code: 'DROP SCHEMA market;\nCREATE SCHEMA market;', line: 1, messageId: 'dropSchema' },
    // only one of the two schemas was made here
    {
      code: 'CREATE SCHEMA scratch;\nDROP SCHEMA scratch, billing CASCADE;',
      line: 2,
      messageId: 'dropSchemaCascade',
    },
  ],
  valid: [
    // a schema this migration created holds only what the migration put in it (Atlas: temporary)
    'CREATE SCHEMA "tmp_load";\nCREATE TABLE "tmp_load".rows (id int);\nDROP SCHEMA "tmp_load" CASCADE;',
    { code: 'CREATE DATABASE scratch;\nDROP SCHEMA scratch;', path: 'db/mysql/V4__x.sql' },
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
      | ^^^^ DROP SCHEMA legacy removes the schema

    db/migrations/20261121000000_example.sql:2:1 sql/drop-schema
    2 | DROP SCHEMA reporting CASCADE;
      | ^^^^ DROP SCHEMA reporting CASCADE destroys every table and row in the schema

    db/migrations/20261121000000_example.sql:1:1 sql/drop-schema
    1 | DROP SCHEMA market;
      | ^^^^ DROP SCHEMA market removes the schema

    db/migrations/20261121000000_example.sql:2:1 sql/drop-schema
    2 | DROP SCHEMA scratch, billing CASCADE;
      | ^^^^ DROP SCHEMA scratch, billing CASCADE destroys every table and row in the schema"
  `);
});
