import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // SET DATA TYPE to a smaller integer
    { code: 'ALTER TABLE orders ALTER COLUMN total SET DATA TYPE smallint;', line: 1, messageId: 'lossyUnknown' },
    // MySQL CHANGE COLUMN that renames and narrows at once
    {
      code: 'ALTER TABLE products CHANGE COLUMN price price_cents INT NOT NULL;',
      path: 'db/mysql/V20__change.sql',
      line: 1,
      messageId: 'lossyUnknown',
    },
  ],
  valid: [
    // a widening of a type the same file created
    'CREATE TABLE t (id int, n numeric(10,2));\nALTER TABLE t ALTER COLUMN n TYPE numeric(12,2);',
    "ALTER TABLE users ALTER COLUMN name SET DEFAULT 'anonymous';",
  ],
};

ruleTester('sql/lossy-type-change', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('sql/lossy-type-change', cases.invalid)).toMatchInlineSnapshot(`
    "db/migrations/20261121000000_example.sql:1:20 sql/lossy-type-change
    1 | ALTER TABLE orders ALTER COLUMN total SET DATA TYPE smallint;
      |                    ^^^^^ changing orders.total to smallint can lose information in existing rows; its current type is unknown (no earlier migration or schema file defines it)

    db/mysql/V20__change.sql:1:22 sql/lossy-type-change
    1 | ALTER TABLE products CHANGE COLUMN price price_cents INT NOT NULL;
      |                      ^^^^^^ changing products.price to int can lose information in existing rows; its current type is unknown (no earlier migration or schema file defines it)"
  `);
});
