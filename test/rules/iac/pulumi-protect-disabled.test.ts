import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // protect removed from the options of a TypeScript resource
    {
      code: 'import * as aws from "@pulumi/aws";\nconst b = new aws.s3.BucketV2("docs", {});\n',
      path: 'infra/storage.ts',
      base: 'import * as aws from "@pulumi/aws";\nconst b = new aws.s3.BucketV2("docs", {}, { protect: true });\n',
      line: 2,
      side: 'base',
      messageId: 'removed',
    },
    // Python ResourceOptions protect turned off
    {
      code: 'import pulumi\nimport pulumi_aws as aws\n\ndb = aws.rds.Instance("orders", opts=pulumi.ResourceOptions(protect=False))\n',
      path: '__main__.py',
      base: 'import pulumi\nimport pulumi_aws as aws\n\ndb = aws.rds.Instance("orders", opts=pulumi.ResourceOptions(protect=True))\n',
      line: 4,
      messageId: 'disabled',
    },
  ],
  valid: [
    {
      code: 'import pulumi\nimport pulumi_aws as aws\n\ndb = aws.rds.Instance("orders", opts=pulumi.ResourceOptions(protect=True, ignore_changes=["tags"]))\n',
      path: '__main__.py',
      base: 'import pulumi\nimport pulumi_aws as aws\n\ndb = aws.rds.Instance("orders", opts=pulumi.ResourceOptions(protect=True))\n',
    },
    // a new resource without protect
    {
      code: 'import * as aws from "@pulumi/aws";\nconst b = new aws.s3.BucketV2("scratch", {}, { protect: false });\n',
      path: 'infra/scratch.ts',
    },
  ],
};

ruleTester('iac/pulumi-protect-disabled', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/pulumi-protect-disabled', cases.invalid)).toMatchInlineSnapshot(`
    "infra/storage.ts:2:45 iac/pulumi-protect-disabled
    2 | const b = new aws.s3.BucketV2("docs", {}, { protect: true });
      |                                             ^^^^^^^^^^^^^ protect: true is removed from aws.s3.BucketV2("docs"): Pulumi may now delete the resource and its data (base side)

    __main__.py:4:61 iac/pulumi-protect-disabled
    4 | db = aws.rds.Instance("orders", opts=pulumi.ResourceOptions(protect=False))
      |                                                             ^^^^^^^^^^^^^ protect of aws.rds.Instance("orders") is turned off: Pulumi may now delete the resource and its data"
  `);
});
