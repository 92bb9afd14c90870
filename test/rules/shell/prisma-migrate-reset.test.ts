import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // -f short flag through yarn
    { code: 'yarn prisma migrate reset -f --skip-seed\n', path: 'scripts/ops.sh', line: 1, messageId: 'migrateReset' },
    // in a Dockerfile RUN, after other flags
    {
      code: 'FROM node:22\nRUN npx prisma db push --skip-generate --force-reset\n',
      path: 'Dockerfile',
      line: 2,
      messageId: 'forceReset',
    },
  ],
  valid: [
    { code: 'FROM node:22\nRUN npx prisma migrate deploy\n', path: 'Dockerfile' },
    // the words in an echo
    { code: 'echo "run prisma migrate reset --force locally"\n', path: 'scripts/ops.sh' },
  ],
};

ruleTester('shell/prisma-migrate-reset', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('shell/prisma-migrate-reset', cases.invalid)).toMatchInlineSnapshot(`
    "scripts/ops.sh:1:1 shell/prisma-migrate-reset
    1 | yarn prisma migrate reset -f --skip-seed
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ prisma migrate reset --force drops the database (or every table in its schema) without asking, then reapplies migrations

    Dockerfile:2:5 shell/prisma-migrate-reset
    2 | RUN npx prisma db push --skip-generate --force-reset
      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ prisma db push --force-reset drops every table and recreates the schema empty"
  `);
});
