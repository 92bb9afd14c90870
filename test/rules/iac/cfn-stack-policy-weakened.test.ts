import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const policy = (effect: string) =>
  `{\n  "Statement": [\n    { "Effect": "Allow", "Action": "Update:*", "Principal": "*", "Resource": "*" },\n    {\n      "Effect": "${effect}",\n      "Action": ["Update:Replace", "Update:Delete"],\n      "Principal": "*",\n      "Resource": "LogicalResourceId/OrdersDatabase"\n    }\n  ]\n}\n`;

const serverless = (stackPolicy: string) =>
  `service: orders\nprovider:\n  name: aws\n${stackPolicy}functions:\n  api:\n    handler: src/api.handler\n`;

const cases: RuleCases = {
  invalid: [
    // the policy file deleted
    { code: '', base: policy('Deny'), path: 'infra/stack-policy.json', line: 5, side: 'base', messageId: 'removed' },
    // a Serverless service drops its stackPolicy
    {
      code: serverless(''),
      base: serverless(
        '  stackPolicy:\n    - Effect: Deny\n      Principal: "*"\n      Action: Update:Replace\n      Resource: LogicalResourceId/OrdersTable\n',
      ),
      path: 'serverless.yml',
      line: 5,
      side: 'base',
      messageId: 'removed',
    },
  ],
  valid: [
    // the Deny kept while the Allow changes
    {
      code: policy('Deny').replace('"Resource": "*"', '"Resource": "LogicalResourceId/*"'),
      base: policy('Deny'),
      path: 'infra/stack-policy.json',
    },
    // a new policy file
    { code: policy('Deny'), path: 'infra/stack-policy.json' },
  ],
};

ruleTester('iac/cfn-stack-policy-weakened', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/cfn-stack-policy-weakened', cases.invalid)).toMatchInlineSnapshot(`
    "infra/stack-policy.json:5:7 iac/cfn-stack-policy-weakened
    5 |       "Effect": "Deny",
      |       ^^^^^^^^^^^^^^^^ the stack policy no longer denies Update:Delete, Update:Replace on LogicalResourceId/OrdersDatabase: a stack update can replace or delete them with their data (base side)

    serverless.yml:5:7 iac/cfn-stack-policy-weakened
    5 |     - Effect: Deny
      |       ^^^^^^^^^^^^ the stack policy no longer denies Update:Replace on LogicalResourceId/OrdersTable: a stack update can replace or delete them with their data (base side)"
  `);
});
