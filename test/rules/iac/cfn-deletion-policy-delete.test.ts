import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // UpdateReplacePolicy on a bucket, quoted value
    {
      code: 'Resources:\n  Uploads:\n    Type: AWS::S3::Bucket\n    UpdateReplacePolicy: "Delete"\n',
      path: 'infra/storage.yaml',
      base: 'Resources:\n  Uploads:\n    Type: AWS::S3::Bucket\n    UpdateReplacePolicy: Retain\n',
      line: 4,
      messageId: 'delete',
    },
    // JSON template, Retain removed from a bucket (the default is Delete)
    {
      code: '{\n  "Resources": {\n    "Uploads": {\n      "Type": "AWS::S3::Bucket"\n    }\n  }\n}\n',
      path: 'cloudformation/storage.template.json',
      base: '{\n  "Resources": {\n    "Uploads": {\n      "Type": "AWS::S3::Bucket",\n      "DeletionPolicy": "Retain"\n    }\n  }\n}\n',
      line: 5,
      side: 'base',
      messageId: 'removed',
    },
  ],
  valid: [
    // Snapshot removed from a cluster: Snapshot is the default for a DB cluster
    {
      code: '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBCluster"\n    }\n  }\n}\n',
      path: 'cloudformation/db.template.json',
      base: '{\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBCluster",\n      "DeletionPolicy": "Snapshot"\n    }\n  }\n}\n',
    },
    // Retain to Snapshot still keeps the data
    {
      code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    DeletionPolicy: Snapshot\n',
      path: 'template.yaml',
      base: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    DeletionPolicy: Retain\n',
    },
    // a stateless queue policy
    {
      code: 'Resources:\n  Policy:\n    Type: AWS::SQS::QueuePolicy\n    DeletionPolicy: Delete\n',
      path: 'template.yaml',
      base: 'Resources:\n  Policy:\n    Type: AWS::SQS::QueuePolicy\n    DeletionPolicy: Retain\n',
    },
  ],
};

ruleTester('iac/cfn-deletion-policy-delete', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/cfn-deletion-policy-delete', cases.invalid)).toMatchInlineSnapshot(`
    "infra/storage.yaml:4:5 iac/cfn-deletion-policy-delete
    4 |     UpdateReplacePolicy: "Delete"
      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ UpdateReplacePolicy of Uploads (AWS::S3::Bucket) changes from Retain to Delete: removing or replacing it deletes its data without a snapshot

    cloudformation/storage.template.json:5:7 iac/cfn-deletion-policy-delete
    5 |       "DeletionPolicy": "Retain"
      |       ^^^^^^^^^^^^^^^^^^^^^^^^^^ DeletionPolicy Retain is removed from Uploads (AWS::S3::Bucket): CloudFormation now deletes its data when the resource is removed or replaced (base side)"
  `);
});
