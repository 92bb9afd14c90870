import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a quoted "false" on a cluster
    {
      code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      DeletionProtection: "false"\n',
      path: 'template.yaml',
      base: 'Resources:\n  Db:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      DeletionProtection: true\n',
      line: 5,
      messageId: 'disabled',
    },
    // DynamoDB DeletionProtectionEnabled removed, YAML
    {
      code: 'Resources:\n  Orders:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      BillingMode: PAY_PER_REQUEST\n',
      path: 'template.yaml',
      base: 'Resources:\n  Orders:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      BillingMode: PAY_PER_REQUEST\n      DeletionProtectionEnabled: true\n',
      line: 6,
      side: 'base',
      messageId: 'removed',
    },
  ],
  valid: [
    {
      code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      DeletionProtection: true\n      BackupRetentionPeriod: 14\n',
      path: 'template.yaml',
      base: 'Resources:\n  Db:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      DeletionProtection: true\n',
    },
    // a new resource created unprotected
    {
      code: 'Resources:\n  Scratch:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DeletionProtection: false\n',
      path: 'template.yaml',
    },
  ],
};

ruleTester('iac/cfn-deletion-protection-disabled', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/cfn-deletion-protection-disabled', cases.invalid)).toMatchInlineSnapshot(`
    "template.yaml:5:7 iac/cfn-deletion-protection-disabled
    5 |       DeletionProtection: "false"
      |       ^^^^^^^^^^^^^^^^^^^^^^^^^^^ DeletionProtection of Db (AWS::RDS::DBCluster) is turned off: the resource can now be deleted

    template.yaml:6:7 iac/cfn-deletion-protection-disabled
    6 |       DeletionProtectionEnabled: true
      |       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DeletionProtectionEnabled: true is removed from Orders (AWS::DynamoDB::Table): the resource can now be deleted (base side)"
  `);
});
