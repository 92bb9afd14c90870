import type { Rule } from '../../core/rule.js';
import { reportTargets, type EnvDocument } from './lib/document.js';

export const newProductionTarget: Rule<EnvDocument, 'target'> = {
  meta: {
    id: 'env/new-production-target',
    family: 'env',
    kind: 'production',
    defaultSeverity: 'block',
    description:
      'A change that newly points an existing script, workflow or database configuration at production, where the base version pointed elsewhere; or adds a new shell script aimed at production, which runs by hand outside the deploy pipeline.',
    messages: {
      target: 'this change points the file at production ({label}), where it did not before',
    },
    examples: {
      invalid: [
        {
          code: 'DATABASE_URL=postgres://app@db.prod.acme.internal:5432/app\n',
          base: 'DATABASE_URL=postgres://app@db.staging.acme.internal:5432/app\n',
          line: 1,
          path: '.env',
        },
        {
          code: 'jobs:\n  seed:\n    runs-on: ubuntu-latest\n    env:\n      RAILS_ENV: production\n    steps:\n      - run: bin/rails db:seed\n',
          base: 'jobs:\n  seed:\n    runs-on: ubuntu-latest\n    env:\n      RAILS_ENV: staging\n    steps:\n      - run: bin/rails db:seed\n',
          line: 5,
          path: '.github/workflows/seed.yml',
        },
      ],
      valid: [
        {
          code: 'jobs:\n  seed:\n    runs-on: ubuntu-latest\n    env:\n      RAILS_ENV: production\n    steps:\n      - run: bin/rails db:seed --trace\n',
          base: 'jobs:\n  seed:\n    runs-on: ubuntu-latest\n    env:\n      RAILS_ENV: production\n    steps:\n      - run: bin/rails db:seed\n',
          path: '.github/workflows/seed.yml',
        },
        {
          code: '{\n  "scripts": {\n    "build": "NODE_ENV=production next build"\n  }\n}\n',
          base: '{\n  "scripts": {\n    "build": "next build"\n  }\n}\n',
          path: 'package.json',
        },
      ],
    },
  },
  check(doc, report) {
    reportTargets(doc.newTargets, report);
  },
};
