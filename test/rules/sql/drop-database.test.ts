import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // quoted name, lower case, after a comment
    { code: '-- reset the shop\ndrop database "Shop_Prod";', line: 2, messageId: 'dropDatabase' },
    // PostgreSQL 13 forced drop that kicks out connections
    { code: 'DROP DATABASE shop WITH (FORCE);', line: 1, messageId: 'dropDatabase' },
    // a development database is not a test one
    { code: 'DROP DATABASE IF EXISTS app_dev;', line: 1, messageId: 'dropDatabase' },
  ],
  valid: [
    // commented out, and a string
    "-- DROP DATABASE shop;\nSELECT 'DROP DATABASE shop';",
    "ALTER DATABASE shop SET timezone TO 'UTC';",
    // a database the test suite owns: reported, not blocking
    'DROP DATABASE IF EXISTS shop_e2e;',
  ],
};

ruleTester('sql/drop-database', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('sql/drop-database', cases.invalid)).toMatchInlineSnapshot(`
    "db/migrations/20261121000000_example.sql:2:1 sql/drop-database
    2 | drop database "Shop_Prod";
      | ^^^^ DROP DATABASE Shop_Prod destroys the whole database

    db/migrations/20261121000000_example.sql:1:1 sql/drop-database
    1 | DROP DATABASE shop WITH (FORCE);
      | ^^^^ DROP DATABASE shop destroys the whole database

    db/migrations/20261121000000_example.sql:1:1 sql/drop-database
    1 | DROP DATABASE IF EXISTS app_dev;
      | ^^^^ DROP DATABASE app_dev destroys the whole database"
  `);
});
