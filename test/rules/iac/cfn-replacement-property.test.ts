import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a bucket renamed
    {
      code: 'Resources:\n  Uploads:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: acme-uploads-v2\n',
      path: 'template.yaml',
      base: 'Resources:\n  Uploads:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: acme-uploads\n',
      line: 5,
      messageId: 'changed',
    },
    // the engine of a database changed
    {
      code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-postgresql\n',
      path: 'template.yaml',
      base: 'Resources:\n  Db:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-mysql\n',
      line: 5,
      messageId: 'changed',
    },
  ],
  valid: [
    // an in-place property
    {
      code: 'Resources:\n  Uploads:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: acme-uploads\n      VersioningConfiguration:\n        Status: Enabled\n',
      path: 'template.yaml',
      base: 'Resources:\n  Uploads:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: acme-uploads\n',
    },
    // same name, quoted differently
    {
      code: 'Resources:\n  Uploads:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: "acme-uploads"\n',
      path: 'template.yaml',
      base: 'Resources:\n  Uploads:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: acme-uploads\n',
    },
  ],
};

ruleTester('iac/cfn-replacement-property', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/cfn-replacement-property', cases.invalid)).toMatchInlineSnapshot(`
    "template.yaml:5:7 iac/cfn-replacement-property
    5 |       BucketName: acme-uploads-v2
      |       ^^^^^^^^^^^^^^^^^^^^^^^^^^^ BucketName of Uploads (AWS::S3::Bucket) changes: CloudFormation replaces the resource and deletes the old one with its data

    template.yaml:5:7 iac/cfn-replacement-property
    5 |       Engine: aurora-postgresql
      |       ^^^^^^^^^^^^^^^^^^^^^^^^^ Engine of Db (AWS::RDS::DBCluster) changes: CloudFormation replaces the resource and deletes the old one with its data"
  `);
});
