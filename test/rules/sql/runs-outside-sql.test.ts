/* eslint-disable no-irregular-whitespace -- a snapshot shows a zero-width space hidden in PROGRAM, as the file has it */
import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // COPY TO PROGRAM, lower case
    { code: "copy orders to program 'gzip > /tmp/orders.gz';", line: 1, messageId: 'program' },
    // sp_MSforeachdb runs on every database
    { code: "EXEC sp_MSforeachdb 'DROP USER legacy';", path: 'db/mssql/V6__users.sql', line: 1, messageId: 'foreach' },
    // a licence header that says "program", then the statement that runs one
    {
      code: "-- This program is free software.\nCREATE TABLE t (id int);\nCOPY t FROM\n  PROGRAM 'curl -s https://x.example/rows';",
      path: 'db/migrations/V7__import.sql',
      line: 4,
      messageId: 'program',
    },
    // a Cyrillic O and a zero-width space in PROGRAM, in a file with other non-ASCII text
    {
      code: "-- Grüße\nCOPY t TO PR\u041eG\u200bRAM 'sh -c x';",
      path: 'db/migrations/V8__export.sql',
      line: 2,
      messageId: 'program',
    },
    // fullwidth letters
    {
      code: "COPY t TO \uff30\uff32\uff2f\uff27\uff32\uff21\uff2d 'sh';",
      path: 'db/migrations/V9__export.sql',
      line: 1,
      messageId: 'program',
    },
  ],
  valid: [
    'COPY orders FROM STDIN WITH (FORMAT csv);',
    // commented out
    "-- COPY x FROM PROGRAM 'sh'\nSELECT 1;",
    // the word in a comment inside a statement, and in a string
    "SELECT 1 -- copied FROM /* program */\n;\nSELECT 'COPY t FROM PROGRAM x';",
  ],
};

ruleTester('sql/runs-outside-sql', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('sql/runs-outside-sql', cases.invalid)).toMatchInlineSnapshot(`
    "db/migrations/20261121000000_example.sql:1:16 sql/runs-outside-sql
    1 | copy orders to program 'gzip > /tmp/orders.gz';
      |                ^^^^^^^ COPY ... PROGRAM runs a shell command on the database server

    db/mssql/V6__users.sql:1:6 sql/runs-outside-sql
    1 | EXEC sp_MSforeachdb 'DROP USER legacy';
      |      ^^^^^^^^^^^^^^ sp_MSforeachdb runs its command against every database of the server

    db/migrations/V7__import.sql:4:3 sql/runs-outside-sql
    4 |   PROGRAM 'curl -s https://x.example/rows';
      |   ^^^^^^^ COPY ... PROGRAM runs a shell command on the database server

    db/migrations/V8__export.sql:2:11 sql/runs-outside-sql
    2 | COPY t TO PRОG​RAM 'sh -c x';
      |           ^^^^^^^^ COPY ... PROGRAM runs a shell command on the database server

    db/migrations/V9__export.sql:1:11 sql/runs-outside-sql
    1 | COPY t TO ＰＲＯＧＲＡＭ 'sh';
      |           ^^^^^^^ COPY ... PROGRAM runs a shell command on the database server"
  `);
});
