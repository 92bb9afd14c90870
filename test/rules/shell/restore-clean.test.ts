import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // flags after the dump, in a Makefile
    {
      code: 'restore:\n\tpg_restore -d "$(DATABASE_URL)" backup.dump --clean\n',
      path: 'Makefile',
      line: 2,
      messageId: 'clean',
    },
    // from a workflow step
    {
      code: 'jobs:\n  ops:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pg_restore --no-owner --clean -h db.prod.internal -d app nightly.dump\n',
      path: '.github/workflows/ops.yml',
      line: 5,
      messageId: 'clean',
    },
  ],
  valid: [
    { code: 'pg_restore --list nightly.dump\n', path: 'scripts/ops.sh' },
    { code: 'pg_dump --clean -h db.prod.internal app > app.sql\n', path: 'scripts/ops.sh' },
  ],
};

ruleTester('shell/restore-clean', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('shell/restore-clean', cases.invalid)).toMatchInlineSnapshot(`
    "Makefile:2:2 shell/restore-clean
    2 |  pg_restore -d "$(DATABASE_URL)" backup.dump --clean
      |  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ pg_restore --clean drops the tables of the dump in the target database, with their rows, before restoring

    .github/workflows/ops.yml:5:14 shell/restore-clean
    5 |       - run: pg_restore --no-owner --clean -h db.prod.internal -d app nightly.dump
      |              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ pg_restore --clean drops the tables of the dump in the target database, with their rows, before restoring"
  `);
});
