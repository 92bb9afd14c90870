import { expect, it } from 'vitest';
import { findingsOf, type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // applyRemovalPolicy on a table
    {
      code: "import { RemovalPolicy } from 'aws-cdk-lib';\nconst table = new dynamodb.Table(this, 'Orders', { partitionKey });\ntable.applyRemovalPolicy(RemovalPolicy.DESTROY);\n",
      path: 'lib/orders-stack.ts',
      line: 3,
      messageId: 'destroy',
    },
    // through the cdk namespace import
    {
      code: "import * as cdk from 'aws-cdk-lib';\nnew s3.Bucket(this, 'Logs', {\n  removalPolicy: cdk.RemovalPolicy.DESTROY,\n});\n",
      path: 'lib/logs-stack.ts',
      line: 3,
      messageId: 'destroy',
    },
    // RemovalPolicy imported under another name
    {
      code: "import { RemovalPolicy as RP } from 'aws-cdk-lib';\nnew s3.Bucket(this, 'Logs', {\n  removalPolicy: RP.DESTROY,\n});\n",
      path: 'lib/logs-stack.ts',
      line: 3,
      messageId: 'destroy',
      data: { expression: 'RP.DESTROY' },
    },
  ],
  valid: [
    // a DESTROY member of something that is not the CDK's RemovalPolicy
    {
      code: "import * as cdk from 'aws-cdk-lib';\nimport { Policy as RP } from './policy';\nnew s3.Bucket(this, 'Logs', { removalPolicy: cdk.RemovalPolicy.RETAIN });\nconst p = RP.DESTROY;\n",
      path: 'lib/logs-stack.ts',
    },
    {
      code: "import * as cdk from 'aws-cdk-lib';\nnew s3.Bucket(this, 'Logs', { removalPolicy: cdk.RemovalPolicy.SNAPSHOT });\n",
      path: 'lib/logs-stack.ts',
    },
    // in a comment
    {
      code: "import * as cdk from 'aws-cdk-lib';\n// removalPolicy: cdk.RemovalPolicy.DESTROY for dev only\nnew s3.Bucket(this, 'Logs');\n",
      path: 'lib/logs-stack.ts',
    },
  ],
};

ruleTester('iac/cdk-removal-policy-destroy', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/cdk-removal-policy-destroy', cases.invalid)).toMatchInlineSnapshot(`
    "lib/orders-stack.ts:3:26 iac/cdk-removal-policy-destroy
    3 | table.applyRemovalPolicy(RemovalPolicy.DESTROY);
      |                          ^^^^^^^^^^^^^^^^^^^^^ RemovalPolicy.DESTROY: when the construct is removed or replaced, CloudFormation deletes the resource and its data instead of retaining or snapshotting it

    lib/logs-stack.ts:3:18 iac/cdk-removal-policy-destroy
    3 |   removalPolicy: cdk.RemovalPolicy.DESTROY,
      |                  ^^^^^^^^^^^^^^^^^^^^^^^^^ cdk.RemovalPolicy.DESTROY: when the construct is removed or replaced, CloudFormation deletes the resource and its data instead of retaining or snapshotting it

    lib/logs-stack.ts:3:18 iac/cdk-removal-policy-destroy
    3 |   removalPolicy: RP.DESTROY,
      |                  ^^^^^^^^^^ RP.DESTROY: when the construct is removed or replaced, CloudFormation deletes the resource and its data instead of retaining or snapshotting it"
  `);
});

it('reads CDK apps in Go and Java', async () => {
  const go = [
    'package main',
    '',
    'import (',
    '\t"github.com/aws/aws-cdk-go/awscdk/v2"',
    '\t"github.com/aws/aws-cdk-go/awscdk/v2/awss3"',
    '\t"github.com/aws/jsii-runtime-go"',
    ')',
    '',
    'func NewStorage(stack awscdk.Stack) {',
    '\tawss3.NewBucket(stack, jsii.String("Uploads"), &awss3.BucketProps{',
    '\t\tRemovalPolicy: awscdk.RemovalPolicy_DESTROY,',
    '\t})',
    '\tawss3.NewBucket(stack, jsii.String("Logs"), &awss3.BucketProps{',
    '\t\tRemovalPolicy: awscdk.RemovalPolicy_RETAIN,',
    '\t})',
    '}',
    '',
  ].join('\n');
  const own = async (code: string, path: string) =>
    (await findingsOf(code, path)).filter((f) => f.ruleId === 'iac/cdk-removal-policy-destroy').map((f) => f.line);
  expect(await own(go, 'infra/storage.go')).toEqual([11]);
  const java = [
    'package com.acme;',
    '',
    'import software.amazon.awscdk.RemovalPolicy;',
    'import software.amazon.awscdk.services.s3.Bucket;',
    '',
    'public class StorageStack extends Stack {',
    '    public StorageStack(final Construct scope, final String id) {',
    '        super(scope, id);',
    '        Bucket.Builder.create(this, "Uploads")',
    '            .removalPolicy(RemovalPolicy.DESTROY)',
    '            .build();',
    '        Bucket.Builder.create(this, "Logs").removalPolicy(RemovalPolicy.RETAIN).build();',
    '    }',
    '}',
    '',
  ].join('\n');
  expect(await own(java, 'infra/src/main/java/com/acme/StorageStack.java')).toEqual([10]);
});
