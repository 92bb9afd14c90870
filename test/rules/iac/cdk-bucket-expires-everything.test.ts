import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const tsBase = "import * as s3 from 'aws-cdk-lib/aws-s3';\nnew s3.Bucket(this, 'Uploads', {\n  versioned: true,\n});\n";
const tsHead = (rules: string) =>
  `import * as s3 from 'aws-cdk-lib/aws-s3';\nimport * as cdk from 'aws-cdk-lib';\nnew s3.Bucket(this, 'Uploads', {\n  versioned: true,\n  lifecycleRules: [${rules}],\n});\n`;
const pyBase = 'from aws_cdk import aws_s3 as s3, Duration\n\ns3.Bucket(self, "Reports", versioned=True)\n';
const pyHead = (rule: string) =>
  `from aws_cdk import aws_s3 as s3, Duration\n\ns3.Bucket(self, "Reports", versioned=True,\n    lifecycle_rules=[s3.LifecycleRule(${rule})])\n`;

const cases: RuleCases = {
  invalid: [
    // hours count as less than a day; the noncurrent versions go as well
    {
      base: tsBase,
      code: tsHead('{ noncurrentVersionExpiration: cdk.Duration.hours(12) }'),
      path: 'lib/uploads-stack.ts',
      line: 5,
      messageId: 'expires',
    },
    // Python, the rule a call of its own inside the bucket's
    {
      base: pyBase,
      code: pyHead('expiration=Duration.days(3)'),
      path: 'stacks/reports.py',
      line: 4,
      messageId: 'expires',
    },
  ],
  valid: [
    // scoped by a prefix
    {
      base: pyBase,
      code: pyHead('prefix="tmp/", expiration=Duration.days(1)'),
      path: 'stacks/reports.py',
    },
    // longer than a week
    { base: tsBase, code: tsHead('{ expiration: cdk.Duration.days(365) }'), path: 'lib/uploads-stack.ts' },
    // disabled
    {
      base: tsBase,
      code: tsHead('{ enabled: false, expiration: cdk.Duration.days(1) }'),
      path: 'lib/uploads-stack.ts',
    },
    // a new bucket holds nothing yet
    { code: tsHead('{ expiration: cdk.Duration.days(1) }'), path: 'lib/uploads-stack.ts' },
    // the base already expired everything as soon
    {
      base: tsHead('{ expiration: cdk.Duration.days(1) }'),
      code: tsHead('{ expiration: cdk.Duration.days(1) }').replace('versioned: true', 'versioned: false'),
      path: 'lib/uploads-stack.ts',
    },
  ],
};

ruleTester('iac/cdk-bucket-expires-everything', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/cdk-bucket-expires-everything', cases.invalid)).toMatchInlineSnapshot(`
    "lib/uploads-stack.ts:5:22 iac/cdk-bucket-expires-everything
    5 |   lifecycleRules: [{ noncurrentVersionExpiration: cdk.Duration.hours(12) }],
      |                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ s3.Bucket('Uploads'): lifecycle rule noncurrentVersionExpiration deletes every earlier version of the bucket after cdk.Duration.hours(12) (was no such rule): no prefix, tag or size filter limits it

    stacks/reports.py:4:39 iac/cdk-bucket-expires-everything
    4 |     lifecycle_rules=[s3.LifecycleRule(expiration=Duration.days(3))])
      |                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^ s3.Bucket("Reports"): lifecycle rule expiration deletes every object of the bucket after Duration.days(3) (was no such rule): no prefix, tag or size filter limits it"
  `);
});
