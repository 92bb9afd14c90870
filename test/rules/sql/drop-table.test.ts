import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // two tables in one statement, schema-qualified
    { code: 'DROP TABLE IF EXISTS public.users, public.sessions;', line: 1, messageId: 'dropTable' },
    // rows inserted into the new table are not the old table's rows
    {
      code: 'CREATE TABLE new_orders (id int);\nINSERT INTO new_orders VALUES (1), (2);\nDROP TABLE orders;',
      path: 'db/migrations/V4__rebuild.sql',
      line: 3,
      messageId: 'dropTable',
    },
    // psql in a workflow step against a remote host: the runner is thrown away, the database is not
    {
      code: 'jobs:\n  ops:\n    runs-on: ubuntu-latest\n    steps:\n      - run: psql -h db.prod.internal -U app -c "DROP TABLE users" app\n',
      path: '.github/workflows/ops.yml',
      line: 5,
      messageId: 'dropTable',
    },
    // MySQL backticks after a block comment
    {
      code: 'CREATE TABLE `keep` (id int);\n/* cleanup */ drop table if exists `audit_log`;',
      path: 'db/mysql/V20__change.sql',
      line: 2,
      messageId: 'dropTable',
      data: { name: 'audit_log' },
    },
  ],
  valid: [
    // a rebuild whose copy is spelled with comments and a qualified, spaced name
    'CREATE TABLE new_orders (id int);\nINSERT /* every row */ INTO public . new_orders -- all of them\nSELECT * FROM orders;\nDROP TABLE orders;\nALTER TABLE new_orders RENAME TO orders;',
    // a scratch table the migration created
    'CREATE TABLE tmp_users AS SELECT * FROM users;\nDROP TABLE tmp_users;',
    // psql against the runner itself
    {
      code: 'jobs:\n  ops:\n    runs-on: ubuntu-latest\n    steps:\n      - run: psql -h localhost -U app -c "DROP TABLE users" app\n',
      path: '.github/workflows/ops.yml',
    },
    'DROP VIEW IF EXISTS active_users;',
  ],
};

ruleTester('sql/drop-table', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('sql/drop-table', cases.invalid)).toMatchInlineSnapshot(`
    "db/migrations/20261121000000_example.sql:1:1 sql/drop-table
    1 | DROP TABLE IF EXISTS public.users, public.sessions;
      | ^^^^ DROP TABLE public.users, public.sessions destroys the table and all its rows

    db/migrations/V4__rebuild.sql:3:1 sql/drop-table
    3 | DROP TABLE orders;
      | ^^^^ DROP TABLE orders destroys the table and all its rows

    .github/workflows/ops.yml:5:49 sql/drop-table
    5 |       - run: psql -h db.prod.internal -U app -c "DROP TABLE users" app
      |                                                 ^ DROP TABLE users destroys the table and all its rows

    db/mysql/V20__change.sql:2:15 sql/drop-table
    2 | /* cleanup */ drop table if exists \`audit_log\`;
      |               ^^^^ DROP TABLE audit_log destroys the table and all its rows"
  `);
});
