import { catalogRule } from './lib/catalog.js';

/** Its commands are rows of the command catalog (command-catalog.ts) whose rule is this one. */
export const cliDestroy = catalogRule(
  'shell/cli-destroy',
  'An infrastructure or framework CLI command from the command catalog that destroys a stack or a database: `pulumi destroy`, `cdk destroy`, `sst remove`, `serverless remove`, `artisan migrate:fresh`/`db:wipe`, `doctrine:schema:drop --force`, `dotnet ef database drop`, `firebase firestore:delete`, `drizzle-kit push --force`, `atlas schema apply --auto-approve`.',
  {
    invalid: [
      { code: 'cd infra\npulumi destroy --stack acme/prod --yes\n', line: 2, path: 'scripts/teardown.sh' },
      {
        code: 'jobs:\n  reset:\n    runs-on: [self-hosted]\n    steps:\n      - run: php artisan migrate:fresh --force --seed\n',
        line: 5,
        path: '.github/workflows/reset.yml',
      },
      { code: 'release: npx sst remove --stage production\n', line: 1, path: 'Procfile' },
      { code: 'reset:\n\tdotnet ef database drop --force --project src/Api\n', line: 2, path: 'Makefile' },
      { code: 'php bin/console doctrine:schema:drop --force --full-database\n', line: 1, path: 'bin/reset.sh' },
    ],
    valid: [
      { code: 'pulumi preview --stack acme/prod\npulumi destroy --preview-only\n', path: 'scripts/x.sh' },
      { code: 'php artisan migrate:fresh --env=testing\nphp artisan migrate --force\n', path: 'scripts/x.sh' },
      { code: 'php bin/console doctrine:schema:drop --dump-sql\n', path: 'scripts/x.sh' },
    ],
  },
);
