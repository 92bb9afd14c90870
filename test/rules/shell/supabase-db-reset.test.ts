import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // inside bash -c
    { code: "bash -c 'npx supabase db reset --linked'\n", path: 'scripts/ops.sh', line: 1, messageId: 'linked' },
    // in a workflow step, flags after the subcommand
    {
      code: 'jobs:\n  ops:\n    runs-on: ubuntu-latest\n    steps:\n      - run: supabase db reset --linked --debug\n',
      path: '.github/workflows/ops.yml',
      line: 5,
      messageId: 'linked',
    },
    // the --db-url=value form in a Makefile
    { code: 'reset:\n\tsupabase db reset --db-url=$(PROD_DB_URL)\n', path: 'Makefile', line: 2, messageId: 'dbUrl' },
  ],
  valid: [
    // the local Docker stack, from a workflow
    {
      code: 'jobs:\n  ops:\n    runs-on: ubuntu-latest\n    steps:\n      - run: supabase db reset --local\n',
      path: '.github/workflows/ops.yml',
    },
    { code: 'supabase db push --linked\nsupabase db diff --linked\n', path: 'scripts/ops.sh' },
  ],
};

ruleTester('shell/supabase-db-reset', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('shell/supabase-db-reset', cases.invalid)).toMatchInlineSnapshot(`
    "scripts/ops.sh:1:10 shell/supabase-db-reset
    1 | bash -c 'npx supabase db reset --linked'
      |          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ supabase db reset --linked drops every table of the linked hosted project and recreates it from migrations

    .github/workflows/ops.yml:5:14 shell/supabase-db-reset
    5 |       - run: supabase db reset --linked --debug
      |              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ supabase db reset --linked drops every table of the linked hosted project and recreates it from migrations

    Makefile:2:2 shell/supabase-db-reset
    2 |  supabase db reset --db-url=$(PROD_DB_URL)
      |  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ supabase db reset --db-url drops every table of the database at that URL and recreates it from migrations"
  `);
});
