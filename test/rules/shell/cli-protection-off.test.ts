import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // deletion protection off on an RDS cluster
    {
      code: 'aws rds modify-db-cluster --db-cluster-identifier shop --no-deletion-protection --apply-immediately\n',
      path: 'scripts/ops.sh',
      line: 1,
      messageId: 'off',
    },
    // automated backups deleted with the instance, from a workflow
    {
      code: 'jobs:\n  ops:\n    runs-on: ubuntu-latest\n    steps:\n      - run: aws rds delete-db-instance --db-instance-identifier shop --final-db-snapshot-identifier shop-final --delete-automated-backups\n',
      path: '.github/workflows/ops.yml',
      line: 5,
      messageId: 'off',
    },
  ],
  valid: [
    {
      code: 'aws rds modify-db-instance --db-instance-identifier shop --backup-retention-period 14\n',
      path: 'scripts/ops.sh',
    },
    { code: 'gcloud sql instances patch billing --deletion-protection\n', path: 'scripts/ops.sh' },
  ],
};

ruleTester('shell/cli-protection-off', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('shell/cli-protection-off', cases.invalid)).toMatchInlineSnapshot(`
    "scripts/ops.sh:1:56 shell/cli-protection-off
    1 | aws rds modify-db-cluster --db-cluster-identifier shop --no-deletion-protection --apply-immediately
      |                                                        ^^^^^^^^^^^^^^^^^^^^^^^^ --no-deletion-protection on aws rds modify-db-cluster gives up deletion protection of the cluster

    .github/workflows/ops.yml:5:113 shell/cli-protection-off
    5 |       - run: aws rds delete-db-instance --db-instance-identifier shop --final-db-snapshot-identifier shop-final --delete-automated-backups
      |                                                                                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^ --delete-automated-backups on aws rds delete-db-instance gives up the automated backups of the instance (deleted with it)"
  `);
});
