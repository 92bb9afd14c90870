import type { Rule } from '../../core/rule.js';
import { reportTargets, type EnvDocument } from './lib/document.js';

export const productionTarget: Rule<EnvDocument, 'target'> = {
  meta: {
    id: 'env/production-target',
    family: 'env',
    kind: 'production',
    defaultSeverity: 'warn',
    description:
      'A command, workflow or configuration that points at production: environment names, RAILS_ENV and friends, `--context`/`--env` options, production hosts in connection strings, terraform workspaces, `.env.production`. Blocks when it shares a command, step or job with destructive work.',
    messages: {
      target: 'points at production ({label})',
    },
    examples: {
      invalid: [
        {
          code: 'jobs:\n  rebuild:\n    runs-on: ubuntu-latest\n    environment: production\n    env:\n      RAILS_ENV: production\n    steps:\n      - run: bin/rails db:migrate\n',
          line: 6,
          path: '.github/workflows/migrate.yml',
        },
        {
          code: '#!/bin/sh\nkubectl --context prod-eu rollout restart deploy/api\n',
          line: 2,
          path: 'scripts/restart.sh',
        },
        {
          code: 'DATABASE_URL=postgres://app@db.prod.acme.internal:5432/app\n',
          line: 1,
          path: '.env',
        },
      ],
      valid: [
        {
          code: 'jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    environment: staging\n    steps:\n      - run: railway up --environment staging\n',
          path: '.github/workflows/deploy.yml',
        },
        { code: 'DATABASE_URL=postgresql://postgres:postgres@localhost:5432/app_dev\n', path: '.env.example' },
        { code: '#!/bin/sh\nterraform workspace select preprod\n', path: 'scripts/plan.sh' },
      ],
    },
  },
  check(doc, report) {
    reportTargets(doc.targets, report);
  },
};
