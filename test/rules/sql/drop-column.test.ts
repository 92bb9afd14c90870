import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // ONLY, IF EXISTS, a quoted name and CASCADE
    {
      code: 'ALTER TABLE ONLY public.users DROP COLUMN IF EXISTS "legacyId" CASCADE;',
      line: 1,
      messageId: 'dropColumn',
    },
    // the drop hidden after an ADD in the same statement
    {
      code: 'ALTER TABLE orders\n  ADD COLUMN total_cents bigint,\n  DROP COLUMN total;',
      line: 3,
      messageId: 'dropColumn',
      data: { column: 'total', table: 'orders' },
    },
  ],
  valid: [
    'ALTER TABLE users ALTER COLUMN phone DROP DEFAULT;',
    // the words in a comment on the column
    "COMMENT ON COLUMN users.phone IS 'drop column after Q3';",
  ],
};

ruleTester('sql/drop-column', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('sql/drop-column', cases.invalid)).toMatchInlineSnapshot(`
    "db/migrations/20261121000000_example.sql:1:31 sql/drop-column
    1 | ALTER TABLE ONLY public.users DROP COLUMN IF EXISTS "legacyId" CASCADE;
      |                               ^^^^ DROP COLUMN legacyId on public.users destroys that column in every row

    db/migrations/20261121000000_example.sql:3:3 sql/drop-column
    3 |   DROP COLUMN total;
      |   ^^^^ DROP COLUMN total on orders destroys that column in every row"
  `);
});
