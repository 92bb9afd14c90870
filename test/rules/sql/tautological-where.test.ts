import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // lower case WHERE true
    { code: 'delete from sessions where true;', line: 1, messageId: 'tautology' },
    // spaced 1 = 1 in an UPDATE
    { code: "UPDATE users SET plan = 'free' WHERE 1 = 1;", line: 1, messageId: 'tautology' },
    // ClickHouse mutations, ON CLUSTER
    {
      code: 'ALTER TABLE events ON CLUSTER main\n  DELETE WHERE 1;',
      path: 'clickhouse/migrations/006_x.sql',
      line: 2,
      messageId: 'tautology',
    },
    {
      code: "ALTER TABLE events UPDATE country = '' WHERE 1 = 1;",
      path: 'clickhouse/migrations/007_x.sql',
      line: 1,
      messageId: 'tautology',
    },
    // MySQL: a join on a condition that always holds
    {
      code: 'UPDATE orders o JOIN users u ON 1 = 1 SET o.email = u.email;',
      path: 'db/mysql/V33__x.sql',
      line: 1,
      messageId: 'tautology',
    },
  ],
  valid: [
    // a real condition beside the always-true one
    'DELETE FROM sessions WHERE 1 = 1 AND expires_at < now();',
    "UPDATE users SET plan = 'free' WHERE false;",
  ],
};

ruleTester('sql/tautological-where', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('sql/tautological-where', cases.invalid)).toMatchInlineSnapshot(`
    "db/migrations/20261121000000_example.sql:1:1 sql/tautological-where
    1 | delete from sessions where true;
      | ^^^^^^ DELETE on sessions has a WHERE that is always true and touches every row

    db/migrations/20261121000000_example.sql:1:1 sql/tautological-where
    1 | UPDATE users SET plan = 'free' WHERE 1 = 1;
      | ^^^^^^ UPDATE on users has a WHERE that is always true and touches every row

    clickhouse/migrations/006_x.sql:2:3 sql/tautological-where
    2 |   DELETE WHERE 1;
      |   ^^^^^^ DELETE on events has a WHERE that is always true and touches every row

    clickhouse/migrations/007_x.sql:1:20 sql/tautological-where
    1 | ALTER TABLE events UPDATE country = '' WHERE 1 = 1;
      |                    ^^^^^^ UPDATE on events has a WHERE that is always true and touches every row

    db/mysql/V33__x.sql:1:1 sql/tautological-where
    1 | UPDATE orders o JOIN users u ON 1 = 1 SET o.email = u.email;
      | ^^^^^^ UPDATE on orders has a WHERE that is always true and touches every row"
  `);
});
