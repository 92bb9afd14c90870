import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const pulumiDb = (args: string) =>
  `import * as aws from "@pulumi/aws";\n\nexport const db = new aws.rds.Instance("orders", {\n  identifier: "orders",\n${args}  instanceClass: "db.r6g.large",\n});\n`;
const cdkL1 = (identifier: string) =>
  `import { Stack } from 'aws-cdk-lib';\nimport * as rds from 'aws-cdk-lib/aws-rds';\n\nexport function database(stack: Stack) {\n  return new rds.CfnDBInstance(stack, 'Orders', {\n    dbInstanceIdentifier: '${identifier}',\n    engine: 'postgres',\n    dbInstanceClass: 'db.r6g.large',\n  });\n}\n`;
const pyBucket = (args: string) =>
  `import pulumi_aws as aws\n\nbackups = aws.s3.BucketV2(\n    "db-backups",\n${args}    tags={"team": "data"},\n)\n`;
const pyCloudSql = (version: string) =>
  `import pulumi_gcp as gcp\n\nmain = gcp.sql.DatabaseInstance(\n    "main",\n    name="orders",\n    region="europe-west1",\n    database_version="${version}",\n)\n`;

const cases: RuleCases = {
  invalid: [
    // Pulumi TypeScript: the engine switched
    {
      code: pulumiDb('  engine: "postgres",\n'),
      path: 'infra/index.ts',
      base: pulumiDb('  engine: "mysql",\n'),
      line: 5,
      messageId: 'changed',
      data: {
        resource: 'aws.rds.Instance("orders")',
        argument: 'engine',
        before: '"mysql"',
        after: '"postgres"',
        store: 'RDS DB instance',
      },
    },
    // CDK L1 construct: the instance renamed, in CloudFormation's property spelling
    {
      code: cdkL1('orders-v2'),
      path: 'lib/database.ts',
      base: cdkL1('orders'),
      line: 6,
      messageId: 'changed',
    },
    // Pulumi Python: the fixed bucket name dropped (Pulumi then generates a new one)
    {
      code: pyBucket(''),
      path: '__main__.py',
      base: pyBucket('    bucket="acme-db-backups",\n'),
      line: 5,
      side: 'base',
      messageId: 'removed',
    },
    // Pulumi TypeScript: the identifier now comes from an interpolation
    {
      code: `import * as pulumi from "@pulumi/pulumi";\n${pulumiDb('').replace('identifier: "orders"', 'identifier: `orders-${pulumi.getStack()}`')}`,
      path: 'infra/index.ts',
      base: `import * as pulumi from "@pulumi/pulumi";\n${pulumiDb('')}`,
      line: 5,
      messageId: 'maybe',
    },
  ],
  valid: [
    // Cloud SQL upgraded within its engine family
    { code: pyCloudSql('POSTGRES_16'), path: '__main__.py', base: pyCloudSql('POSTGRES_14') },
    // a setting the provider updates in place
    {
      code: pulumiDb('  allocatedStorage: 200,\n'),
      path: 'infra/index.ts',
      base: pulumiDb('  allocatedStorage: 100,\n'),
    },
    // a new database: nothing is replaced
    { code: cdkL1('orders-v2'), path: 'lib/database.ts' },
    // the same identifier, quoted the other way
    { code: cdkL1('orders').replace("'orders'", '"orders"'), path: 'lib/database.ts', base: cdkL1('orders') },
  ],
};

ruleTester('iac/code-replacement-argument', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/code-replacement-argument', cases.invalid)).toMatchInlineSnapshot(`
    "infra/index.ts:5:3 iac/code-replacement-argument
    5 |   engine: "postgres",
      |   ^^^^^^^^^^^^^^^^^^ aws.rds.Instance("orders"): engine changes from "mysql" to "postgres"; the RDS DB instance is replaced and the old one deleted with its data

    lib/database.ts:6:5 iac/code-replacement-argument
    6 |     dbInstanceIdentifier: 'orders-v2',
      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ rds.CfnDBInstance('Orders'): dbInstanceIdentifier changes from 'orders' to 'orders-v2'; the RDS DB instance is replaced and the old one deleted with its data

    __main__.py:5:5 iac/code-replacement-argument
    5 |     bucket="acme-db-backups",
      |     ^^^^^^^^^^^^^^^^^^^^^^^^ aws.s3.BucketV2("db-backups"): bucket = "acme-db-backups" is removed; the S3 bucket is replaced and the old one deleted with its data (base side)

    infra/index.ts:5:3 iac/code-replacement-argument
    5 |   identifier: \`orders-\${pulumi.getStack()}\`,
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ aws.rds.Instance("orders"): identifier changes from "orders" to \`orders-\${pulumi.getStack()}\`, which two-key cannot evaluate before a deploy; if the value differs, the RDS DB instance is replaced and its data lost"
  `);
});
