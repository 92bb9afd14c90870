import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // Python ResourceOptions on a database
    {
      code: 'import pulumi\nimport pulumi_aws as aws\n\ndb = aws.rds.Instance("orders", opts=pulumi.ResourceOptions(delete_before_replace=True))\n',
      path: '__main__.py',
      line: 4,
      messageId: 'deleteFirst',
    },
    // on one line in TypeScript, a bucket
    {
      code: 'import * as aws from "@pulumi/aws";\nconst b = new aws.s3.BucketV2("uploads", {}, { deleteBeforeReplace: true, protect: false });\n',
      path: 'infra/storage.ts',
      line: 2,
      messageId: 'deleteFirst',
    },
  ],
  valid: [
    {
      code: 'import * as aws from "@pulumi/aws";\nconst b = new aws.s3.BucketV2("uploads", {}, { deleteBeforeReplace: false });\n',
      path: 'infra/storage.ts',
    },
    // on a stateless security group
    {
      code: 'import pulumi\nimport pulumi_aws as aws\n\nsg = aws.ec2.SecurityGroup("web", opts=pulumi.ResourceOptions(delete_before_replace=True))\n',
      path: '__main__.py',
    },
  ],
};

ruleTester('iac/pulumi-delete-before-replace', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/pulumi-delete-before-replace', cases.invalid)).toMatchInlineSnapshot(`
    "__main__.py:4:61 iac/pulumi-delete-before-replace
    4 | db = aws.rds.Instance("orders", opts=pulumi.ResourceOptions(delete_before_replace=True))
      |                                                             ^^^^^^^^^^^^^^^^^^^^^^^^^^ delete_before_replace on aws.rds.Instance("orders"): a replacement deletes the existing resource and its data before creating the new one

    infra/storage.ts:2:48 iac/pulumi-delete-before-replace
    2 | const b = new aws.s3.BucketV2("uploads", {}, { deleteBeforeReplace: true, protect: false });
      |                                                ^^^^^^^^^^^^^^^^^^^^^^^^^ deleteBeforeReplace on aws.s3.BucketV2("uploads"): a replacement deletes the existing resource and its data before creating the new one"
  `);
});
