import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const template = (rules: string) =>
  `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Backups:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: acme-db-backups\n      VersioningConfiguration:\n        Status: Enabled\n${rules}`;
const json = (rule: string) =>
  `{\n  "Resources": {\n    "Media": {\n      "Type": "AWS::S3::Bucket",\n      "Properties": {\n        "LifecycleConfiguration": {\n          "Rules": [\n            ${rule}\n          ]\n        }\n      }\n    }\n  }\n}\n`;

const cases: RuleCases = {
  invalid: [
    // earlier versions of a versioned backup bucket expire after a day
    {
      code: template(
        '      LifecycleConfiguration:\n        Rules:\n          - Id: versions\n            Status: Enabled\n            NoncurrentVersionExpiration:\n              NoncurrentDays: 1\n',
      ),
      base: template(''),
      path: 'cfn/backups.yaml',
      line: 14,
      messageId: 'noncurrent',
    },
    // JSON template: 365 days shortened to 1
    {
      code: json('{ "Status": "Enabled", "ExpirationInDays": 1 }'),
      base: json('{ "Status": "Enabled", "ExpirationInDays": 365 }'),
      path: 'cfn/media.json',
      line: 8,
      messageId: 'current',
      data: { id: 'Media', rule: '#0', days: '1', before: '365 day(s)' },
    },
  ],
  valid: [
    // scoped by tag
    {
      code: template(
        '      LifecycleConfiguration:\n        Rules:\n          - Status: Enabled\n            TagFilters:\n              - Key: scratch\n                Value: "true"\n            ExpirationInDays: 1\n',
      ),
      base: template(''),
      path: 'cfn/backups.yaml',
    },
    // a new bucket, and a disabled rule
    { code: json('{ "Status": "Enabled", "ExpirationInDays": 1 }'), path: 'cfn/media.json' },
    {
      code: json('{ "Status": "Disabled", "ExpirationInDays": 1 }'),
      base: json('{ "Status": "Enabled", "ExpirationInDays": 365 }'),
      path: 'cfn/media.json',
    },
  ],
};

ruleTester('iac/cfn-bucket-expires-everything', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/cfn-bucket-expires-everything', cases.invalid)).toMatchInlineSnapshot(`
    "cfn/backups.yaml:14:15 iac/cfn-bucket-expires-everything
    14 |               NoncurrentDays: 1
       |               ^^^^^^^^^^^^^^^^^ Backups: lifecycle rule versions expires every earlier version in the bucket after 1 day(s) (was no such expiry): the versions that make it recoverable go

    cfn/media.json:8:36 iac/cfn-bucket-expires-everything
    8 |             { "Status": "Enabled", "ExpirationInDays": 1 }
      |                                    ^^^^^^^^^^^^^^^^^^^^^ Media: lifecycle rule #0 expires every object in the bucket after 1 day(s) (was 365 day(s)): no prefix, tag or size filter limits it"
  `);
});
