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
    "lib/backup-stack.ts:8:7 iac/code-safeguard-weakened
    8 |       versioned: false,
      |       ^^^^^^^^^^^^^^^^ s3.Bucket('DbBackups'): versioned is false (was true); this gives up object versioning

    infra/index.ts:7:3 iac/code-safeguard-weakened
    7 |   skipFinalSnapshot: true,
      |   ^^^^^^^^^^^^^^^^^^^^^^^ aws.rds.Instance("orders"): skipfinalsnapshot is true (was false); this gives up the final snapshot taken on deletion

    infra/index.ts:7:3 iac/code-safeguard-weakened
    7 |   backupRetentionPeriod: config.requireNumber("retention"),
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ aws.rds.Instance("orders"): backupretentionperiod (was 14) is now config.requireNumber("retention"), which two-key cannot evaluate before a deploy; approve only if it keeps automated backups

    __main__.py:6:29 iac/code-safeguard-weakened
    6 |     point_in_time_recovery={"enabled": True},
      |                             ^^^^^^^^^^^^^^^ aws.dynamodb.Table("jobs"): pointintimerecovery.enabled = True is removed, and the default gives up point-in-time recovery (base side)"
  `);
});
