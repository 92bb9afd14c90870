import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // lower case
    { code: 'update users set email_verified = false;', line: 1, messageId: 'updateAll' },
    // a statement over several lines
    { code: "UPDATE accounts\n   SET plan = 'free',\n       seats = 1;", line: 1, messageId: 'updateAll' },
  ],
  valid: [
    'UPDATE users SET email_verified = false WHERE email IS NULL;',
    {
      code: 'INSERT INTO t (k, v) VALUES (1, 2) ON DUPLICATE KEY UPDATE v = VALUES(v);',
      path: 'db/mysql/V20__change.sql',
    },
  ],
};

ruleTester('sql/update-without-where', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('sql/update-without-where', cases.invalid)).toMatchInlineSnapshot(`
    "db/migrations/20261121000000_example.sql:1:1 sql/update-without-where
    1 | update users set email_verified = false;
      | ^^^^^^ UPDATE users has no WHERE clause and overwrites every row

    db/migrations/20261121000000_example.sql:1:1 sql/update-without-where
    1 | UPDATE accounts
      | ^^^^^^ UPDATE accounts has no WHERE clause and overwrites every row"
  `);
});
