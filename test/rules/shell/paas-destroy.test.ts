import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // Heroku app destroy with --confirm
    {
      code: 'heroku apps:destroy --app acme-prod --confirm acme-prod\n',
      path: 'scripts/ops.sh',
      line: 1,
      messageId: 'destroys',
    },
    // a Fly volume from a workflow
    {
      code: 'jobs:\n  ops:\n    runs-on: ubuntu-latest\n    steps:\n      - run: flyctl volumes destroy vol_123abc --yes\n',
      path: '.github/workflows/ops.yml',
      line: 5,
      messageId: 'destroys',
    },
  ],
  valid: [
    { code: 'heroku pg:backups:capture --app acme-prod\n', path: 'scripts/ops.sh' },
    { code: 'flyctl volumes list --app acme-api\n', path: 'scripts/ops.sh' },
  ],
};

ruleTester('shell/paas-destroy', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('shell/paas-destroy', cases.invalid)).toMatchInlineSnapshot(`
    "scripts/ops.sh:1:1 shell/paas-destroy
    1 | heroku apps:destroy --app acme-prod --confirm acme-prod
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ heroku apps:destroy acme-prod deletes the app with its add-ons and their data

    .github/workflows/ops.yml:5:14 shell/paas-destroy
    5 |       - run: flyctl volumes destroy vol_123abc --yes
      |              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ flyctl volumes destroy vol_123abc deletes the volume and its data"
  `);
});
