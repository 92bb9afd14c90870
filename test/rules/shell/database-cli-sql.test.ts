import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a --command= long form against a remote host
    {
      code: 'psql -h db.prod.internal -U app --command="$SQL" app\n',
      path: 'scripts/ops.sh',
      line: 1,
      messageId: 'dynamic',
    },
    // sqlcmd -Q with a variable, from a workflow
    {
      code: 'jobs:\n  ops:\n    runs-on: ubuntu-latest\n    steps:\n      - run: sqlcmd -S sql-prod.database.windows.net -d app -Q "$QUERY"\n',
      path: '.github/workflows/ops.yml',
      line: 5,
      messageId: 'dynamic',
    },
  ],
  valid: [
    { code: 'psql -h 127.0.0.1 --command="$SQL" app_test\n', path: 'scripts/ops.sh' },
    { code: 'psql "$DATABASE_URL" -f db/seed.sql\n', path: 'scripts/ops.sh' },
  ],
};

ruleTester('shell/database-cli-sql', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('shell/database-cli-sql', cases.invalid)).toMatchInlineSnapshot(`
    "scripts/ops.sh:1:1 shell/database-cli-sql
    1 | psql -h db.prod.internal -U app --command="$SQL" app
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ psql --command runs SQL decided at run time; two-key cannot see what it will do

    .github/workflows/ops.yml:5:14 shell/database-cli-sql
    5 |       - run: sqlcmd -S sql-prod.database.windows.net -d app -Q "$QUERY"
      |              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ sqlcmd -Q runs SQL decided at run time; two-key cannot see what it will do"
  `);
});
