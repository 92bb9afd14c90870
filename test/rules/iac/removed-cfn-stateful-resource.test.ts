import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a Serverless Framework service's table, under resources.Resources
    {
      code: 'service: orders\nprovider:\n  name: aws\nresources:\n  Resources: {}\n',
      path: 'serverless.yml',
      base: 'service: orders\nprovider:\n  name: aws\nresources:\n  Resources:\n    OrdersTable:\n      Type: AWS::DynamoDB::Table\n      Properties:\n        TableName: orders\n',
      line: 6,
      side: 'base',
      messageId: 'removed',
    },
    // an EFS file system dropped from a SAM template
    {
      code: 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n',
      path: 'template.yaml',
      base: 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n  Files:\n    Type: AWS::EFS::FileSystem\n',
      line: 5,
      side: 'base',
      messageId: 'removed',
    },
    // a logical id renamed: a new resource, the old one deleted
    {
      code: 'Resources:\n  OrdersTableV2:\n    Type: AWS::DynamoDB::Table\n',
      path: 'infra/tables.yaml',
      base: 'Resources:\n  OrdersTable:\n    Type: AWS::DynamoDB::Table\n',
      line: 2,
      side: 'base',
      messageId: 'removed',
    },
  ],
  valid: [
    // a stateless role removed
    {
      code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n',
      path: 'template.yaml',
      base: 'Resources:\n  Role:\n    Type: AWS::IAM::Role\n  Db:\n    Type: AWS::RDS::DBInstance\n',
    },
    // Snapshot keeps the data
    {
      code: 'Resources: {}\n',
      path: 'template.yaml',
      base: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    DeletionPolicy: Snapshot\n',
    },
  ],
};

ruleTester('iac/removed-cfn-stateful-resource', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/removed-cfn-stateful-resource', cases.invalid)).toMatchInlineSnapshot(`
    "serverless.yml:6:5 iac/removed-cfn-stateful-resource
    6 |     OrdersTable:
      |     ^^^^^^^^^^^ OrdersTable (AWS::DynamoDB::Table) is removed from the template: the next stack update deletes it and its data (base side)

    template.yaml:5:3 iac/removed-cfn-stateful-resource
    5 |   Files:
      |   ^^^^^ Files (AWS::EFS::FileSystem) is removed from the template: the next stack update deletes it and its data (base side)

    infra/tables.yaml:2:3 iac/removed-cfn-stateful-resource
    2 |   OrdersTable:
      |   ^^^^^^^^^^^ OrdersTable (AWS::DynamoDB::Table) is removed from the template: the next stack update deletes it and its data (base side)"
  `);
});
