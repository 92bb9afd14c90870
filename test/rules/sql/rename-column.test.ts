import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // without the COLUMN keyword, a quoted name
    { code: 'ALTER TABLE public.users RENAME "Email" TO email;', line: 1, messageId: 'renameColumn' },
    // MySQL 8 RENAME COLUMN
    {
      code: 'ALTER TABLE users RENAME COLUMN email TO email_address;',
      path: 'db/mysql/V20__change.sql',
      line: 1,
      messageId: 'renameColumn',
      data: { table: 'users', from: 'email', to: 'email_address' },
    },
  ],
  valid: [
    'ALTER TABLE users RENAME CONSTRAINT users_pkey TO users_pk;',
    'ALTER INDEX users_email RENAME TO users_email_idx;',
  ],
};

ruleTester('sql/rename-column', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('sql/rename-column', cases.invalid)).toMatchInlineSnapshot(`
    "db/migrations/20261121000000_example.sql:1:26 sql/rename-column
    1 | ALTER TABLE public.users RENAME "Email" TO email;
      |                          ^^^^^^ renaming column public.users.Email to email breaks code that still uses the old name (does not block)

    db/mysql/V20__change.sql:1:19 sql/rename-column
    1 | ALTER TABLE users RENAME COLUMN email TO email_address;
      |                   ^^^^^^ renaming column users.email to email_address breaks code that still uses the old name (does not block)"
  `);
});
