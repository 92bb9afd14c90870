import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // from a workflow step with --namespace
    {
      code: 'jobs:\n  ops:\n    runs-on: ubuntu-latest\n    steps:\n      - run: helm uninstall kafka --namespace streaming\n',
      path: '.github/workflows/ops.yml',
      line: 5,
      messageId: 'destroys',
    },
    // the un alias, after flags
    { code: 'helm -n data un postgres\n', path: 'scripts/ops.sh', line: 1 },
  ],
  valid: [
    { code: 'helm rollback api 3 -n prod\n', path: 'scripts/ops.sh' },
    { code: 'helm upgrade --install postgres bitnami/postgresql -n data\n', path: 'scripts/ops.sh' },
  ],
};

ruleTester('shell/helm-uninstall', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('shell/helm-uninstall', cases.invalid)).toMatchInlineSnapshot(`
    ".github/workflows/ops.yml:5:14 shell/helm-uninstall
    5 |       - run: helm uninstall kafka --namespace streaming
      |              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ helm uninstall kafka deletes every resource of the release, persistent volume claims the chart created included

    scripts/ops.sh:1:1 shell/helm-uninstall
    1 | helm -n data un postgres
      | ^^^^^^^^^^^^^^^^^^^^^^^^ helm un postgres deletes every resource of the release, persistent volume claims the chart created included"
  `);
});
