import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a recursive s3 rm from a package.json script
    {
      code: '{\n  "scripts": {\n    "ops": "aws s3 rm s3://acme-prod-backups --recursive"\n  }\n}\n',
      path: 'package.json',
      line: 3,
      messageId: 'destroys',
    },
    // a DynamoDB table, profile first
    {
      code: 'aws --profile prod dynamodb delete-table --table-name orders\n',
      path: 'scripts/ops.sh',
      line: 1,
      messageId: 'destroys',
    },
    // an RDS cluster from a workflow
    {
      code: 'jobs:\n  ops:\n    runs-on: ubuntu-latest\n    steps:\n      - run: aws rds delete-db-cluster --db-cluster-identifier shop --skip-final-snapshot\n',
      path: '.github/workflows/ops.yml',
      line: 5,
      messageId: 'destroys',
    },
  ],
  valid: [
    { code: 'aws dynamodb describe-table --table-name orders\n', path: 'scripts/ops.sh' },
    { code: 'aws s3 cp build/ s3://acme-site/ --recursive\n', path: 'scripts/ops.sh' },
  ],
};

ruleTester('shell/aws-delete', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('shell/aws-delete', cases.invalid)).toMatchInlineSnapshot(`
    "package.json:3:13 shell/aws-delete
    3 |     "ops": "aws s3 rm s3://acme-prod-backups --recursive"
      |             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ aws s3 rm s3://acme-prod-backups deletes every object under the prefix

    scripts/ops.sh:1:1 shell/aws-delete
    1 | aws --profile prod dynamodb delete-table --table-name orders
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ aws dynamodb delete-table deletes the table and every item in it

    .github/workflows/ops.yml:5:14 shell/aws-delete
    5 |       - run: aws rds delete-db-cluster --db-cluster-identifier shop --skip-final-snapshot
      |              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ aws rds delete-db-cluster deletes the database cluster and, without a final snapshot, its data"
  `);
});
