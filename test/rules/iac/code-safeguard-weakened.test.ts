import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cdkBucket = (versioned: string) =>
  `import * as cdk from 'aws-cdk-lib';\nimport * as s3 from 'aws-cdk-lib/aws-s3';\n\nexport class BackupStack extends cdk.Stack {\n  constructor(scope: cdk.App, id: string) {\n    super(scope, id);\n    new s3.Bucket(this, 'DbBackups', {\n      versioned: ${versioned},\n    });\n  }\n}\n`;
const pulumiDb = (args: string) =>
  `import * as pulumi from "@pulumi/pulumi";\nimport * as aws from "@pulumi/aws";\n\nconst config = new pulumi.Config();\nexport const db = new aws.rds.Instance("orders", {\n  instanceClass: "db.r6g.large",\n${args}});\n`;
const pyTable = (pitr: string) =>
  `import pulumi_aws as aws\n\njobs = aws.dynamodb.Table(\n    "jobs",\n    hash_key="pk",\n${pitr})\n`;

const cases: RuleCases = {
  invalid: [
    // the message quotes the argument as written, in each language
    {
      code: 'import pulumi_aws as aws_\ndb = aws_.rds.Instance("orders",\n    skip_final_snapshot=True)\n',
      base: 'import pulumi_aws as aws_\ndb = aws_.rds.Instance("orders",\n    skip_final_snapshot=False)\n',
      path: 'infra/__main__.py',
      line: 3,
      messageId: 'set',
      data: {
        resource: 'aws_.rds.Instance("orders")',
        argument: 'skip_final_snapshot',
        value: 'True',
        before: 'False',
        loses: 'the final snapshot taken on deletion',
      },
    },
    {
      code: 'package main\n\nimport awsrds "github.com/pulumi/pulumi-aws/sdk/v6/go/aws/rds"\n\nfunc run(ctx *pulumi.Context) {\n\tawsrds.NewInstance(ctx, "orders", &awsrds.InstanceArgs{\n\t\tBackupRetentionPeriod: pulumi.Int(1),\n\t})\n}\n',
      base: 'package main\n\nimport awsrds "github.com/pulumi/pulumi-aws/sdk/v6/go/aws/rds"\n\nfunc run(ctx *pulumi.Context) {\n\tawsrds.NewInstance(ctx, "orders", &awsrds.InstanceArgs{\n\t\tBackupRetentionPeriod: pulumi.Int(14),\n\t})\n}\n',
      path: 'infra/main.go',
      line: 7,
      messageId: 'shortened',
      data: {
        resource: 'awsrds.Instance("orders")',
        argument: 'BackupRetentionPeriod',
        before: 'pulumi.Int(14)',
        value: 'pulumi.Int(1)',
        loses: 'automated backups',
      },
    },
    // CDK: versioning turned off on a backup bucket
    {
      code: cdkBucket('false'),
      path: 'lib/backup-stack.ts',
      base: cdkBucket('true'),
      line: 8,
      messageId: 'set',
      data: {
        resource: "s3.Bucket('DbBackups')",
        argument: 'versioned',
        value: 'false',
        before: 'true',
        loses: 'object versioning',
      },
    },
    // Pulumi TypeScript: the final snapshot skipped
    {
      code: pulumiDb('  skipFinalSnapshot: true,\n'),
      path: 'infra/index.ts',
      base: pulumiDb('  skipFinalSnapshot: false,\n'),
      line: 7,
      messageId: 'set',
    },
    // Pulumi TypeScript: a literal retention replaced by a config value two-key cannot read
    {
      code: pulumiDb('  backupRetentionPeriod: config.requireNumber("retention"),\n'),
      path: 'infra/index.ts',
      base: pulumiDb('  backupRetentionPeriod: 14,\n'),
      line: 7,
      messageId: 'unknown',
    },
    // Pulumi Python: point-in-time recovery dropped, and the default is off
    {
      code: pyTable(''),
      path: '__main__.py',
      base: pyTable('    point_in_time_recovery={"enabled": True},\n'),
      line: 6,
      side: 'base',
      messageId: 'removed',
    },
  ],
  valid: [
    // versioning turned on
    { code: cdkBucket('true'), path: 'lib/backup-stack.ts', base: cdkBucket('false') },
    // a new scratch database created without a final snapshot: a choice, not a weakening
    { code: pulumiDb('  skipFinalSnapshot: true,\n'), path: 'infra/index.ts' },
    // the retention lengthened, and a commented-out skipFinalSnapshot
    {
      code: pulumiDb('  backupRetentionPeriod: 30,\n  // skipFinalSnapshot: true,\n'),
      path: 'infra/index.ts',
      base: pulumiDb('  backupRetentionPeriod: 14,\n'),
    },
    // point-in-time recovery kept, written the other way
    {
      code: pyTable('    point_in_time_recovery=aws.dynamodb.TablePointInTimeRecoveryArgs(enabled=True),\n'),
      path: '__main__.py',
      base: pyTable('    point_in_time_recovery={"enabled": True},\n'),
    },
  ],
};

ruleTester('iac/code-safeguard-weakened', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/code-safeguard-weakened', cases.invalid)).toMatchInlineSnapshot(`
    "infra/__main__.py:3:5 iac/code-safeguard-weakened
    3 |     skip_final_snapshot=True)
      |     ^^^^^^^^^^^^^^^^^^^^^^^^ aws_.rds.Instance("orders"): skip_final_snapshot is True (was False); this gives up the final snapshot taken on deletion

    infra/main.go:7:3 iac/code-safeguard-weakened
    7 |   BackupRetentionPeriod: pulumi.Int(1),
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ awsrds.Instance("orders"): BackupRetentionPeriod goes from pulumi.Int(14) to pulumi.Int(1); this gives up automated backups

    lib/backup-stack.ts:8:7 iac/code-safeguard-weakened
    8 |       versioned: false,
      |       ^^^^^^^^^^^^^^^^ s3.Bucket('DbBackups'): versioned is false (was true); this gives up object versioning

    infra/index.ts:7:3 iac/code-safeguard-weakened
    7 |   skipFinalSnapshot: true,
      |   ^^^^^^^^^^^^^^^^^^^^^^^ aws.rds.Instance("orders"): skipFinalSnapshot is true (was false); this gives up the final snapshot taken on deletion

    infra/index.ts:7:3 iac/code-safeguard-weakened
    7 |   backupRetentionPeriod: config.requireNumber("retention"),
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ aws.rds.Instance("orders"): backupRetentionPeriod (was 14) is now config.requireNumber("retention"), which two-key cannot evaluate before a deploy; approve only if it keeps automated backups

    __main__.py:6:29 iac/code-safeguard-weakened
    6 |     point_in_time_recovery={"enabled": True},
      |                             ^^^^^^^^^^^^^^^ aws.dynamodb.Table("jobs"): point_in_time_recovery.enabled = True is removed, and the default gives up point-in-time recovery (base side)"
  `);
});
