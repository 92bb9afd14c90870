import { expect, it } from 'vitest';
import { findingsOf, type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

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

it('lets a schema the migration created itself go with a note that says so', async () => {
  const findings = await findingsOf(
    'CREATE SCHEMA import_tmp;\nCREATE TABLE import_tmp.countries (code char(2));\nINSERT INTO countries SELECT * FROM import_tmp.countries;\nDROP SCHEMA import_tmp CASCADE;',
  );
  expect(findings.map((f) => [f.ruleId, f.line, f.blocking, f.downgradedBecause])).toEqual([
    [
      'sql/drop-schema',
      4,
      false,
      'import_tmp is created by this migration (line 1): dropping it loses only what the migration put in it',
    ],
  ]);
});

it('still blocks a schema that may hold what existed before the migration', async () => {
  const twins: [string, string | undefined][] = [
    // IF NOT EXISTS: the schema and what is in it may be old
    [
      'CREATE SCHEMA IF NOT EXISTS import_tmp;\nCREATE TABLE import_tmp.c (id int);\nDROP SCHEMA import_tmp CASCADE;',
      undefined,
    ],
    // an existing table moved into the new schema
    [
      'CREATE SCHEMA import_tmp;\nALTER TABLE public.countries SET SCHEMA import_tmp;\nDROP SCHEMA import_tmp CASCADE;',
      undefined,
    ],
    // MySQL: an existing table renamed into the new database
    [
      'CREATE SCHEMA import_tmp;\nRENAME TABLE shop.orders TO import_tmp.orders;\nDROP SCHEMA import_tmp;',
      'db/mysql/V3__scratch.sql',
    ],
    // a function of the schema redefined, so objects that existed before may depend on it
    [
      'CREATE SCHEMA util;\nCREATE OR REPLACE VIEW public.totals AS SELECT util.x();\nDROP SCHEMA util CASCADE;',
      undefined,
    ],
    // another schema created, this one not
    ['CREATE SCHEMA import_new;\nDROP SCHEMA import_tmp CASCADE;', undefined],
  ];
  for (const [code, path] of twins) {
    const findings = (await findingsOf(code, path)).filter((f) => f.ruleId === 'sql/drop-schema');
    expect(
      findings.map((f) => [f.line, f.blocking]),
      code,
    ).toEqual([[code.split('\n').length, true]]);
  }
});

it('does not count a schema made on the up side as scratch for the down side', async () => {
  const findings = await findingsOf(
    '-- migrate:up\nCREATE SCHEMA reporting;\n\n-- migrate:down\nDROP SCHEMA reporting CASCADE;',
  );
  expect(findings.map((f) => [f.line, f.rollbackOnly, f.downgradedBecause])).toEqual([[5, true, undefined]]);
});
