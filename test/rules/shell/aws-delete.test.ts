import { expect, it } from 'vitest';
import { findingsOf, type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

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

it('lets a build output synced onto a website bucket through with a note, and blocks other syncs', async () => {
  const judged = async (script: string) =>
    (await findingsOf(`#!/bin/sh\nnpm run build\n${script}`, 'scripts/deploy-site.sh'))
      .filter((f) => f.ruleId === 'shell/aws-delete')
      .map((f) => [f.line, f.blocking, f.downgradedBecause ?? null]);
  expect(await judged('aws s3 sync site/dist s3://docs.acme.dev --delete\n')).toEqual([
    [
      3,
      false,
      "static site deploy: site/dist is a build output of the repository and the bucket is named as the site's host; what --delete removes the next build puts back",
    ],
  ]);
  expect(
    await judged(
      'aws s3 sync ./public s3://acme-web-assets --delete\naws cloudfront create-invalidation --distribution-id E1 --paths "/*"\n',
    ),
  ).toEqual([
    [
      3,
      false,
      'static site deploy: ./public is a build output of the repository and the same file invalidates its CloudFront distribution; what --delete removes the next build puts back',
    ],
  ]);
  for (const script of [
    // a build output onto a bucket with no sign of a website
    'aws s3 sync dist s3://acme-user-uploads --delete\n',
    // a folder that is not a build output, onto a website bucket
    'aws s3 sync ./exports s3://docs.acme.dev --delete\n',
    // a computed source
    'aws s3 sync "$OUT" s3://docs.acme.dev --delete\n',
    // bucket to bucket
    'aws s3 sync s3://acme-staging-site s3://docs.acme.dev --delete\n',
  ]) {
    expect(await judged(script), script).toEqual([[3, true, null]]);
  }
});
