import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const serverless = (pitr: string, policy = '      DeletionPolicy: Retain\n') =>
  [
    'service: orders',
    'provider:',
    '  name: aws',
    "  stage: ${opt:stage, 'dev'}",
    'resources:',
    '  Resources:',
    '    OrdersTable:',
    '      Type: AWS::DynamoDB::Table',
    policy.trimEnd(),
    '      Properties:',
    '        BillingMode: PAY_PER_REQUEST',
    '        PointInTimeRecoverySpecification:',
    `          PointInTimeRecoveryEnabled: ${pitr}`,
    '',
  ]
    .filter((l) => l !== '')
    .join('\n') + '\n';

const cases: RuleCases = {
  invalid: [
    // a Serverless Framework service: the CloudFormation sits under `resources:`
    { code: serverless('false'), base: serverless('true'), path: 'serverless.yml', line: 13, messageId: 'set' },
    // JSON template, retention shortened on a cluster (a quoted number)
    {
      code: '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBCluster",\n      "Properties": { "BackupRetentionPeriod": "1" }\n    }\n  }\n}\n',
      base: '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBCluster",\n      "Properties": { "BackupRetentionPeriod": "14" }\n    }\n  }\n}\n',
      path: 'cfn/db.json',
      line: 5,
      messageId: 'shortened',
    },
    // a bucket's versioning suspended
    {
      code: 'Resources:\n  Docs:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Suspended\n',
      base: 'Resources:\n  Docs:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n',
      path: 'template.yaml',
      line: 6,
      messageId: 'set',
    },
  ],
  valid: [
    // point-in-time recovery turned on
    { code: serverless('true'), base: serverless('false'), path: 'serverless.yml' },
    // retention chosen by a parameter
    {
      code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      BackupRetentionPeriod: !Ref BackupDays\n',
      base: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      BackupRetentionPeriod: 7\n',
      path: 'template.yaml',
    },
    // deletion protection has its own rule
    {
      code: 'Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      DeletionProtectionEnabled: false\n',
      base: 'Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      DeletionProtectionEnabled: true\n',
      path: 'template.yaml',
    },
  ],
};

ruleTester('iac/cfn-safeguard-weakened', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/cfn-safeguard-weakened', cases.invalid)).toMatchInlineSnapshot(`
    "serverless.yml:13:11 iac/cfn-safeguard-weakened
    13 |           PointInTimeRecoveryEnabled: false
       |           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ OrdersTable (AWS::DynamoDB::Table): PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled is false (was true); this gives up point-in-time recovery

    cfn/db.json:5:23 iac/cfn-safeguard-weakened
    5 |       "Properties": { "BackupRetentionPeriod": "1" }
      |                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Db (AWS::RDS::DBCluster): BackupRetentionPeriod goes from 14 to 1; this gives up automated backups

    template.yaml:6:9 iac/cfn-safeguard-weakened
    6 |         Status: Suspended
      |         ^^^^^^^^^^^^^^^^^ Docs (AWS::S3::Bucket): VersioningConfiguration.Status is Suspended (was Enabled); this gives up object versioning"
  `);
});
