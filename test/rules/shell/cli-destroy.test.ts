import { expect, it } from 'vitest';
import { findingsOf, type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

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

it('reads migration runners told to run every down migration or to drop their database', async () => {
  const script = [
    '#!/usr/bin/env bash',
    'npx sequelize-cli db:migrate:undo:all',
    'alembic -c alembic.ini downgrade base',
    'dbmate --url "$DATABASE_URL" drop',
    'sqlx database reset -y',
    'diesel database reset',
    'dotnet ef database update 0 --project src/Api',
    'alembic downgrade -1',
    'npx sequelize-cli db:migrate:undo',
    'npx sequelize-cli db:migrate:undo:all --env test',
    'dbmate --url postgres://postgres@localhost:5432/app_dev drop',
    'dotnet ef database update',
    '',
  ].join('\n');
  const found = (await findingsOf(script, 'scripts/db.sh')).filter((f) => f.ruleId === 'shell/cli-destroy');
  expect(found.filter((f) => f.blocking).map((f) => f.line)).toEqual([2, 3, 4, 5, 6, 7]);
});
