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
    // any type that bounds its values, from a column whose current type is unknown
    {
      code: 'ALTER TABLE users ALTER COLUMN display_name TYPE varchar(50);',
      line: 1,
      messageId: 'lossyUnknown',
      data: { table: 'users', column: 'display_name', to: 'varchar(50)' },
    },
    {
      code: '-- tighten\nALTER TABLE orders ALTER COLUMN total TYPE numeric(8,2);',
      line: 2,
      messageId: 'lossyUnknown',
    },
    { code: 'ALTER TABLE events ALTER COLUMN happened_at TYPE date;', line: 1, messageId: 'lossyUnknown' },
    {
      code: 'ALTER TABLE users MODIFY COLUMN email VARCHAR(64) NOT NULL;',
      path: 'db/mysql/V21__email.sql',
      line: 1,
      messageId: 'lossyUnknown',
    },
    // a known type that holds more
    {
      code: 'CREATE TABLE t (id int, name varchar(200));\nALTER TABLE t ALTER COLUMN name TYPE varchar(50);',
      line: 2,
      messageId: 'lossy',
    },
  ],
  valid: [
    // unbounded targets, whatever they replace
    'ALTER TABLE users ALTER COLUMN bio TYPE text;\nALTER TABLE users ALTER COLUMN id TYPE bigint;\nALTER TABLE users ALTER COLUMN seen_at TYPE timestamptz;',
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
      |                      ^^^^^^ changing products.price to int can lose information in existing rows; its current type is unknown (no earlier migration or schema file defines it)

    db/migrations/20261121000000_example.sql:1:19 sql/lossy-type-change
    1 | ALTER TABLE users ALTER COLUMN display_name TYPE varchar(50);
      |                   ^^^^^ changing users.display_name to varchar(50) can lose information in existing rows; its current type is unknown (no earlier migration or schema file defines it)

    db/migrations/20261121000000_example.sql:2:20 sql/lossy-type-change
    2 | ALTER TABLE orders ALTER COLUMN total TYPE numeric(8,2);
      |                    ^^^^^ changing orders.total to numeric(8,2) can lose information in existing rows; its current type is unknown (no earlier migration or schema file defines it)

    db/migrations/20261121000000_example.sql:1:20 sql/lossy-type-change
    1 | ALTER TABLE events ALTER COLUMN happened_at TYPE date;
      |                    ^^^^^ changing events.happened_at to date can lose information in existing rows; its current type is unknown (no earlier migration or schema file defines it)

    db/mysql/V21__email.sql:1:19 sql/lossy-type-change
    1 | ALTER TABLE users MODIFY COLUMN email VARCHAR(64) NOT NULL;
      |                   ^^^^^^ changing users.email to varchar(64) can lose information in existing rows; its current type is unknown (no earlier migration or schema file defines it)

    db/migrations/20261121000000_example.sql:2:15 sql/lossy-type-change
    2 | ALTER TABLE t ALTER COLUMN name TYPE varchar(50);
      |               ^^^^^ changing t.name from varchar(200) to varchar(50) loses information in existing rows"
  `);
});
