import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // two roles, lower case
    { code: 'drop owned by app_reader, app_writer;', line: 1, messageId: 'dropOwned' },
    // a quoted role inside a transaction
    { code: 'BEGIN;\nDROP OWNED BY "Legacy-Role" RESTRICT;\nCOMMIT;', line: 2, messageId: 'dropOwned' },
  ],
  valid: ['DROP ROLE IF EXISTS legacy;', 'REASSIGN OWNED BY legacy TO app;'],
};

ruleTester('sql/drop-owned', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('sql/drop-owned', cases.invalid)).toMatchInlineSnapshot(`
    "db/migrations/20261121000000_example.sql:1:1 sql/drop-owned
    1 | drop owned by app_reader, app_writer;
      | ^^^^ DROP OWNED BY app_reader, app_writer drops every table and object those roles own

    db/migrations/20261121000000_example.sql:2:1 sql/drop-owned
    2 | DROP OWNED BY "Legacy-Role" RESTRICT;
      | ^^^^ DROP OWNED BY Legacy-Role drops every table and object those roles own"
  `);
});
