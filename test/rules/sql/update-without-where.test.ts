import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // lower case
    { code: 'update users set email_verified = false;', line: 1, messageId: 'updateAll' },
    // a statement over several lines
    { code: "UPDATE accounts\n   SET plan = 'free',\n       seats = 1;", line: 1, messageId: 'updateAll' },
    // MySQL: a left join keeps every row of orders
    {
      code: 'UPDATE orders o LEFT JOIN users u ON u.id = o.user_id SET o.email = u.email;',
      path: 'db/mysql/V32__x.sql',
      line: 1,
      messageId: 'updateAll',
    },
  ],
  valid: [
    'UPDATE users SET email_verified = false WHERE email IS NULL;',
    // MySQL: an inner join's ON bounds the rows as a WHERE would
    {
      code: 'UPDATE orders o\n  JOIN users u ON u.id = o.user_id\nSET o.email = u.email;',
      path: 'db/mysql/V30__backfill.sql',
    },
    // ClickHouse: a mutation with a WHERE
    {
      code: "ALTER TABLE events UPDATE country = 'NZ' WHERE country = 'New Zealand';",
      path: 'clickhouse/migrations/004_x.sql',
    },
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
      | ^^^^^^ UPDATE accounts has no WHERE clause and overwrites every row

    db/mysql/V32__x.sql:1:1 sql/update-without-where
    1 | UPDATE orders o LEFT JOIN users u ON u.id = o.user_id SET o.email = u.email;
      | ^^^^^^ UPDATE orders has no WHERE clause and overwrites every row"
  `);
});
