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

const cdkTable = (props: string) =>
  `import * as cdk from 'aws-cdk-lib';\nimport * as dynamodb from 'aws-cdk-lib/aws-dynamodb';\n\nexport class Data extends cdk.Stack {\n  constructor(scope: cdk.App) {\n    super(scope, 'Data');\n    new dynamodb.Table(this, 'Orders', {\n${props}      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,\n    });\n  }\n}\n`;
const cdkDb = (props: string) =>
  `import { Stack } from 'aws-cdk-lib';\nimport { DatabaseInstance, DatabaseInstanceEngine } from 'aws-cdk-lib/aws-rds';\n\nexport const db = (stack: Stack) =>\n  new DatabaseInstance(stack, 'Ledger', {\n    engine: DatabaseInstanceEngine.POSTGRES,\n${props}  });\n`;

const cases: RuleCases = {
  invalid: [
    // CDK L2: the table's partition key renamed
    {
      code: cdkTable("      partitionKey: { name: 'orderId', type: dynamodb.AttributeType.STRING },\n"),
      path: 'lib/data-stack.ts',
      base: cdkTable("      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },\n"),
      line: 8,
      messageId: 'changed',
      data: {
        resource: "dynamodb.Table('Orders')",
        argument: 'partitionKey.name',
        store: 'DynamoDB table',
        before: "'pk'",
        after: "'orderId'",
      },
    },
    // CDK L2 imported by name: a new database name
    {
      code: cdkDb("    databaseName: 'ledger_v2',\n"),
      path: 'lib/ledger.ts',
      base: cdkDb("    databaseName: 'ledger',\n"),
      line: 7,
      messageId: 'changed',
    },
    // CDK L2: the physical table name taken from a variable
    {
      code: cdkTable('      tableName: `orders-${stage}`,\n'),
      path: 'lib/data-stack.ts',
      base: cdkTable("      tableName: 'orders',\n"),
      line: 8,
      messageId: 'maybe',
    },
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
    // CDK L2: billing and tags change in place
    {
      code: cdkTable("      tableName: 'orders',\n      pointInTimeRecovery: true,\n"),
      path: 'lib/data-stack.ts',
      base: cdkTable("      tableName: 'orders',\n"),
    },
    // CDK L2: the key's attribute type spelled the same way
    {
      code: cdkTable(
        "      partitionKey: {\n        name: 'pk',\n        type: dynamodb.AttributeType.STRING,\n      },\n",
      ),
      path: 'lib/data-stack.ts',
      base: cdkTable("      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },\n"),
    },
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
    "lib/data-stack.ts:8:23 iac/code-replacement-argument
    8 |       partitionKey: { name: 'orderId', type: dynamodb.AttributeType.STRING },
      |                       ^^^^^^^^^^^^^^^ dynamodb.Table('Orders'): partitionKey.name changes from 'pk' to 'orderId'; the DynamoDB table is replaced and the old one deleted with its data

    lib/ledger.ts:7:5 iac/code-replacement-argument
    7 |     databaseName: 'ledger_v2',
      |     ^^^^^^^^^^^^^^^^^^^^^^^^^ DatabaseInstance('Ledger'): databaseName changes from 'ledger' to 'ledger_v2'; the RDS DB instance is replaced and the old one deleted with its data

    lib/data-stack.ts:8:7 iac/code-replacement-argument
    8 |       tableName: \`orders-\${stage}\`,
      |       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ dynamodb.Table('Orders'): tableName changes from 'orders' to \`orders-\${stage}\`, which two-key cannot evaluate before a deploy; if the value differs, the DynamoDB table is replaced and its data lost

    infra/index.ts:5:3 iac/code-replacement-argument
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
