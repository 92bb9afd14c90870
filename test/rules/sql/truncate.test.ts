import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // several tables, RESTART IDENTITY CASCADE, lower case
    { code: 'truncate audit_events, sessions restart identity cascade;', line: 1, messageId: 'truncate' },
    // MySQL without the TABLE keyword
    {
      code: 'SET FOREIGN_KEY_CHECKS = 0;\nTRUNCATE `cart_items`;',
      path: 'db/mysql/V20__change.sql',
      line: 2,
      messageId: 'truncate',
    },
  ],
  valid: [
    // a staging table the migration created
    'CREATE TABLE staging (id int);\nTRUNCATE staging;',
    "COMMENT ON TABLE audit_events IS 'truncate nightly';",
  ],
};

ruleTester('sql/truncate', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('sql/truncate', cases.invalid)).toMatchInlineSnapshot(`
    "db/migrations/20261121000000_example.sql:1:1 sql/truncate
    1 | truncate audit_events, sessions restart identity cascade;
      | ^^^^^^^^ TRUNCATE audit_events, sessions deletes every row

    db/mysql/V20__change.sql:2:1 sql/truncate
    2 | TRUNCATE \`cart_items\`;
      | ^^^^^^^^ TRUNCATE cart_items deletes every row"
  `);
});
