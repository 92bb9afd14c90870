import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a Pulumi TypeScript bucket removed
    {
      code: 'import * as aws from "@pulumi/aws";\nconst topic = new aws.sns.Topic("events");\n',
      path: 'infra/index.ts',
      base: 'import * as aws from "@pulumi/aws";\nconst topic = new aws.sns.Topic("events");\nconst uploads = new aws.s3.BucketV2("uploads", {});\n',
      line: 3,
      side: 'base',
      messageId: 'removed',
    },
    // a CDK Python table whose construct id is renamed
    {
      code: 'from aws_cdk import aws_dynamodb as dynamodb\n\ndynamodb.Table(self, "OrdersV2", partition_key=pk)\n',
      path: 'stacks/orders.py',
      base: 'from aws_cdk import aws_dynamodb as dynamodb\n\ndynamodb.Table(self, "Orders", partition_key=pk)\n',
      line: 3,
      side: 'base',
      messageId: 'removed',
    },
  ],
  valid: [
    // a stateless topic removed
    {
      code: 'import * as aws from "@pulumi/aws";\n',
      path: 'infra/index.ts',
      base: 'import * as aws from "@pulumi/aws";\nconst topic = new aws.sns.Topic("events");\n',
    },
    // a property of the bucket changes, its name stays
    {
      code: 'import * as aws from "@pulumi/aws";\nconst uploads = new aws.s3.BucketV2("uploads", { tags: { team: "web" } });\n',
      path: 'infra/index.ts',
      base: 'import * as aws from "@pulumi/aws";\nconst uploads = new aws.s3.BucketV2("uploads", {});\n',
    },
  ],
};

ruleTester('iac/removed-code-stateful-resource', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/removed-code-stateful-resource', cases.invalid)).toMatchInlineSnapshot(`
    "infra/index.ts:3:21 iac/removed-code-stateful-resource
    3 | const uploads = new aws.s3.BucketV2("uploads", {});
      |                     ^^^^^^^^^^^^^^^ aws.s3.BucketV2("uploads") is removed from the program (or renamed): the next deploy deletes it and its data (base side)

    stacks/orders.py:3:1 iac/removed-code-stateful-resource
    3 | dynamodb.Table(self, "Orders", partition_key=pk)
      | ^^^^^^^^^^^^^^ dynamodb.Table("Orders") is removed from the program (or renamed): the next deploy deletes it and its data (base side)"
  `);
});
