import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // quoted, schema-qualified, lower case
    { code: 'drop type if exists public."OrderStatus" cascade;', line: 1, messageId: 'cascade' },
    // two extensions at once
    { code: 'DROP EXTENSION hstore, citext CASCADE;', line: 1, messageId: 'cascade' },
  ],
  valid: ['DROP TYPE IF EXISTS order_status RESTRICT;', "ALTER TYPE order_status ADD VALUE 'cancelled';"],
};

ruleTester('sql/drop-cascade', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('sql/drop-cascade', cases.invalid)).toMatchInlineSnapshot(`
    "db/migrations/20261121000000_example.sql:1:1 sql/drop-cascade
    1 | drop type if exists public."OrderStatus" cascade;
      | ^^^^ DROP TYPE public.OrderStatus CASCADE drops every column of that type (and the tables whose rows need it) with it

    db/migrations/20261121000000_example.sql:1:1 sql/drop-cascade
    1 | DROP EXTENSION hstore, citext CASCADE;
      | ^^^^ DROP EXTENSION hstore, citext CASCADE drops every object that depends on the extension with it: columns of its types, indexes, functions"
  `);
});
