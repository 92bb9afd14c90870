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
    // a column added with IF NOT EXISTS may already hold values
    {
      code: 'ALTER TABLE users ADD COLUMN IF NOT EXISTS nickname text;\nALTER TABLE users DROP COLUMN nickname;',
      line: 2,
      messageId: 'dropColumn',
    },
    // a column of the same name added to another table
    {
      code: 'ALTER TABLE accounts ADD COLUMN nickname text;\nALTER TABLE users DROP COLUMN nickname;',
      line: 2,
      messageId: 'dropColumn',
    },
    // ClickHouse CLEAR COLUMN resets every value of the column
    {
      code: "ALTER TABLE events CLEAR COLUMN user_agent IN PARTITION '202401';",
      line: 1,
      path: 'clickhouse/migrations/002_clear.sql',
      messageId: 'dropColumn',
    },
  ],
  valid: [
    // a column this migration added holds only what the migration wrote (Atlas: a temporary column)
    'ALTER TABLE users ADD COLUMN scratch int;\nALTER TABLE users DROP COLUMN scratch;',
    {
      code: 'ALTER TABLE `users` ADD `tmp_rank` INT, ADD `x` INT;\nALTER TABLE `users` DROP `tmp_rank`;',
      path: 'db/mysql/V3__x.sql',
    },
    // ClickHouse: a projection and a statistics object are not columns
    {
      code: 'ALTER TABLE events DROP PROJECTION p_by_user;\nALTER TABLE events DROP STATISTICS ts;',
      path: 'clickhouse/migrations/003_x.sql',
    },
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
      |   ^^^^ DROP COLUMN total on orders destroys that column in every row

    db/migrations/20261121000000_example.sql:2:19 sql/drop-column
    2 | ALTER TABLE users DROP COLUMN nickname;
      |                   ^^^^ DROP COLUMN nickname on users destroys that column in every row

    db/migrations/20261121000000_example.sql:2:19 sql/drop-column
    2 | ALTER TABLE users DROP COLUMN nickname;
      |                   ^^^^ DROP COLUMN nickname on users destroys that column in every row

    clickhouse/migrations/002_clear.sql:1:20 sql/drop-column
    1 | ALTER TABLE events CLEAR COLUMN user_agent IN PARTITION '202401';
      |                    ^^^^^ DROP COLUMN user_agent on events destroys that column in every row"
  `);
});
