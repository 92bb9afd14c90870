import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // cdk destroy --force in a workflow
    {
      code: 'jobs:\n  ops:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npx cdk destroy --all --force\n',
      path: '.github/workflows/ops.yml',
      line: 5,
      messageId: 'destroys',
    },
    // artisan db:wipe in composer's scripts
    {
      code: '{\n  "scripts": {\n    "fresh": "php artisan db:wipe --force"\n  }\n}\n',
      path: 'composer.json',
      line: 3,
      messageId: 'destroys',
    },
  ],
  valid: [
    { code: 'npx cdk diff --all\nnpx cdk deploy --all --require-approval never\n', path: 'scripts/ops.sh' },
    { code: 'php artisan migrate --force\n', path: 'scripts/ops.sh' },
  ],
};

ruleTester('shell/cli-destroy', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('shell/cli-destroy', cases.invalid)).toMatchInlineSnapshot(`
    ".github/workflows/ops.yml:5:14 shell/cli-destroy
    5 |       - run: npx cdk destroy --all --force
      |              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ cdk destroy deletes every resource of the stacks whose removal policy is not RETAIN

    composer.json:3:15 shell/cli-destroy
    3 |     "fresh": "php artisan db:wipe --force"
      |               ^^^^^^^^^^^^^^^^^^^^^^^^^^^ php artisan db:wipe deletes every table, view and type of the database"
  `);
});
