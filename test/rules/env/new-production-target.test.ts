import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a kube context switched to prod in a script
    {
      code: '#!/bin/sh\nkubectl --context prod-eu apply -f k8s/\n',
      path: 'scripts/apply.sh',
      base: '#!/bin/sh\nkubectl --context staging-eu apply -f k8s/\n',
      line: 2,
      messageId: 'target',
    },
    // a workflow environment switched to production
    {
      code: 'jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    environment: production\n    steps:\n      - run: ./deploy.sh\n',
      path: '.github/workflows/deploy.yml',
      base: 'jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    environment: staging\n    steps:\n      - run: ./deploy.sh\n',
      line: 4,
      messageId: 'target',
    },
  ],
  valid: [
    // already production before
    {
      code: '#!/bin/sh\nkubectl --context prod-eu apply -f k8s/ --server-side\n',
      path: 'scripts/apply.sh',
      base: '#!/bin/sh\nkubectl --context prod-eu apply -f k8s/\n',
    },
    // moved to staging
    {
      code: '#!/bin/sh\nkubectl --context staging-eu apply -f k8s/\n',
      path: 'scripts/apply.sh',
      base: '#!/bin/sh\nkubectl --context prod-eu apply -f k8s/\n',
    },
  ],
};

ruleTester('env/new-production-target', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('env/new-production-target', cases.invalid)).toMatchInlineSnapshot(`
    "scripts/apply.sh:2:9 env/new-production-target
    2 | kubectl --context prod-eu apply -f k8s/
      |         ^^^^^^^^^^^^^^^^^ this change points the file at production (--context prod-eu), where it did not before

    .github/workflows/deploy.yml:4:18 env/new-production-target
    4 |     environment: production
      |                  ^^^^^^^^^^ this change points the file at production (environment: production), where it did not before"
  `);
});
