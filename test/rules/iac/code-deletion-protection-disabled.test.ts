import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a CDK cluster in TypeScript, turned off
    {
      code: "import * as rds from 'aws-cdk-lib/aws-rds';\nnew rds.DatabaseCluster(this, 'Db', {\n  engine,\n  deletionProtection: false,\n});\n",
      path: 'lib/db-stack.ts',
      base: "import * as rds from 'aws-cdk-lib/aws-rds';\nnew rds.DatabaseCluster(this, 'Db', {\n  engine,\n  deletionProtection: true,\n});\n",
      line: 4,
      messageId: 'disabled',
    },
    // Pulumi Python, turned off
    {
      code: 'import pulumi_aws as aws\n\ndb = aws.rds.Cluster("orders", deletion_protection=False)\n',
      path: '__main__.py',
      base: 'import pulumi_aws as aws\n\ndb = aws.rds.Cluster("orders", deletion_protection=True)\n',
      line: 3,
      messageId: 'disabled',
    },
  ],
  valid: [
    {
      code: 'import pulumi_aws as aws\n\ndb = aws.rds.Cluster("orders", deletion_protection=True, backup_retention_period=14)\n',
      path: '__main__.py',
      base: 'import pulumi_aws as aws\n\ndb = aws.rds.Cluster("orders", deletion_protection=True)\n',
    },
    // turned on
    {
      code: "import * as rds from 'aws-cdk-lib/aws-rds';\nnew rds.DatabaseCluster(this, 'Db', { engine, deletionProtection: true });\n",
      path: 'lib/db-stack.ts',
      base: "import * as rds from 'aws-cdk-lib/aws-rds';\nnew rds.DatabaseCluster(this, 'Db', { engine });\n",
    },
  ],
};

ruleTester('iac/code-deletion-protection-disabled', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/code-deletion-protection-disabled', cases.invalid)).toMatchInlineSnapshot(`
    "lib/db-stack.ts:4:3 iac/code-deletion-protection-disabled
    4 |   deletionProtection: false,
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^ deletionProtection of rds.DatabaseCluster('Db') is turned off: the database can now be deleted

    __main__.py:3:32 iac/code-deletion-protection-disabled
    3 | db = aws.rds.Cluster("orders", deletion_protection=False)
      |                                ^^^^^^^^^^^^^^^^^^^^^^^^^ deletion_protection of aws.rds.Cluster("orders") is turned off: the database can now be deleted"
  `);
});
