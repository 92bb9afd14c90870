import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // IF EXISTS, a quoted name, lower case
    { code: 'alter table if exists "Orders" rename to orders_archive;', line: 1, messageId: 'renameTable' },
    // MySQL RENAME TABLE of two tables
    {
      code: 'RENAME TABLE a TO a_old, b TO b_old;',
      path: 'db/mysql/V20__change.sql',
      line: 1,
      messageId: 'renameTable',
    },
  ],
  valid: ['ALTER SEQUENCE orders_id_seq RENAME TO orders_seq;', 'ALTER VIEW recent_orders RENAME TO latest_orders;'],
};

ruleTester('sql/rename-table', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('sql/rename-table', cases.invalid)).toMatchInlineSnapshot(`
    "db/migrations/20261121000000_example.sql:1:32 sql/rename-table
    1 | alter table if exists "Orders" rename to orders_archive;
      |                                ^^^^^^ renaming table Orders to orders_archive breaks code that still uses the old name (does not block)

    db/mysql/V20__change.sql:1:1 sql/rename-table
    1 | RENAME TABLE a TO a_old, b TO b_old;
      | ^^^^^^ renaming table a to a_old breaks code that still uses the old name (does not block)"
  `);
});
