import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // RAILS_ENV in a compose service environment (a note: nothing destructive shares its unit)
    {
      code: 'services:\n  web:\n    image: acme/web\n    environment:\n      RAILS_ENV: production\n    command: bin/rails db:migrate\n',
      path: 'docker-compose.yml',
      line: 5,
      messageId: 'target',
    },
    // an environment named prod in a job that deploys
    {
      code: 'jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    environment:\n      name: prod\n    steps:\n      - run: ./deploy.sh\n',
      path: '.github/workflows/deploy.yml',
      line: 5,
      messageId: 'target',
    },
    // a terraform workspace selected in a Makefile
    {
      code: 'apply:\n\tterraform workspace select production\n\tterraform apply\n',
      path: 'Makefile',
      line: 2,
      messageId: 'target',
    },
  ],
  valid: [
    {
      code: 'jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    environment:\n      name: preview\n    steps:\n      - run: ./deploy.sh\n',
      path: '.github/workflows/deploy.yml',
    },
    // a word that contains prod
    { code: 'apply:\n\tterraform workspace select product-catalog-dev\n', path: 'Makefile' },
  ],
};

ruleTester('env/production-target', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('env/production-target', cases.invalid)).toMatchInlineSnapshot(`
    "docker-compose.yml:5:7 env/production-target
    5 |       RAILS_ENV: production
      |       ^^^^^^^^^^^^^^^^^^^^^ points at production (RAILS_ENV=production) (does not block)

    .github/workflows/deploy.yml:5:13 env/production-target
    5 |       name: prod
      |             ^^^^ points at production (environment: prod) (does not block)

    Makefile:2:12 env/production-target
    2 |  terraform workspace select production
      |            ^^^^^^^^^^^^^^^^^^^^^^^^^^^ points at production (terraform workspace select production) (does not block)"
  `);
});
