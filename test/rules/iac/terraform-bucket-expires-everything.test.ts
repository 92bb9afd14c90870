import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const s3 = (rule: string) =>
  `resource "aws_s3_bucket" "exports" {\n  bucket = "acme-exports"\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "exports" {\n  bucket = aws_s3_bucket.exports.id\n\n  rule {\n    id     = "expire"\n    status = "Enabled"\n${rule}  }\n}\n`;
const gcs = (condition: string) =>
  `resource "google_storage_bucket" "media" {\n  name     = "acme-media"\n  location = "US"\n\n  lifecycle_rule {\n    action {\n      type = "Delete"\n    }\n    condition {\n${condition}    }\n  }\n}\n`;
const azure = (filters: string) =>
  `resource "azurerm_storage_management_policy" "docs" {\n  storage_account_id = azurerm_storage_account.docs.id\n\n  rule {\n    name    = "purge"\n    enabled = true\n${filters}    actions {\n      base_blob {\n        delete_after_days_since_modification_greater_than = 1\n      }\n    }\n  }\n}\n`;

const cases: RuleCases = {
  invalid: [
    // 90 days shortened to 1, no filter at all
    {
      code: s3('    expiration {\n      days = 1\n    }\n'),
      base: s3('    expiration {\n      days = 90\n    }\n'),
      path: 'infra/s3.tf',
      line: 12,
      messageId: 'current',
      data: {
        address: 'aws_s3_bucket_lifecycle_configuration.exports',
        rule: 'expire',
        days: '1',
        before: '90 day(s)',
      },
    },
    // earlier versions expired after a day on a versioned bucket
    {
      code: s3(
        '    filter {\n      prefix = ""\n    }\n    noncurrent_version_expiration {\n      noncurrent_days = 1\n    }\n',
      ),
      base: s3('    filter {\n      prefix = ""\n    }\n'),
      path: 'infra/s3.tf',
      line: 15,
      messageId: 'noncurrent',
    },
    // GCS: Delete at age 0
    {
      code: gcs('      age = 0\n'),
      base: gcs('      age = 365\n'),
      path: 'infra/gcs.tf',
      line: 10,
      messageId: 'current',
    },
    // Azure: a new management policy on an existing account, no prefix_match
    {
      code: 'resource "azurerm_storage_account" "docs" {\n  name = "acmedocs"\n}\n\n' + azure(''),
      base: 'resource "azurerm_storage_account" "docs" {\n  name = "acmedocs"\n}\n',
      path: 'infra/azure.tf',
      line: 13,
      messageId: 'current',
    },
  ],
  valid: [
    // the twin: expiry scoped to tmp/
    {
      code: s3('    filter {\n      prefix = "tmp/"\n    }\n    expiration {\n      days = 1\n    }\n'),
      base: s3('    filter {\n      prefix = "tmp/"\n    }\n    expiration {\n      days = 3\n    }\n'),
      path: 'infra/s3.tf',
    },
    // GCS scoped by prefix, and a brand-new bucket with its own rule
    {
      code: gcs('      age = 0\n      matches_prefix = ["tmp/"]\n'),
      base: gcs('      age = 30\n'),
      path: 'infra/gcs.tf',
    },
    { code: s3('    expiration {\n      days = 1\n    }\n'), path: 'infra/scratch.tf' },
    // a month-long retention over everything is housekeeping; and a disabled rule
    { code: s3('    expiration {\n      days = 30\n    }\n'), base: s3(''), path: 'infra/s3.tf' },
    {
      code: s3('    expiration {\n      days = 1\n    }\n').replace('"Enabled"', '"Disabled"'),
      base: s3(''),
      path: 'infra/s3.tf',
    },
    // Azure scoped to a prefix
    {
      code:
        'resource "azurerm_storage_account" "docs" {\n  name = "acmedocs"\n}\n\n' +
        azure('    filters {\n      blob_types   = ["blockBlob"]\n      prefix_match = ["scratch/"]\n    }\n'),
      base: 'resource "azurerm_storage_account" "docs" {\n  name = "acmedocs"\n}\n',
      path: 'infra/azure.tf',
    },
  ],
};

ruleTester('iac/terraform-bucket-expires-everything', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/terraform-bucket-expires-everything', cases.invalid)).toMatchInlineSnapshot(`
    "infra/s3.tf:12:7 iac/terraform-bucket-expires-everything
    12 |       days = 1
       |       ^^^^^^^^ aws_s3_bucket_lifecycle_configuration.exports: lifecycle rule expire deletes every object in the bucket after 1 day(s) (was 90 day(s)): no prefix, tag or size filter limits it

    infra/s3.tf:15:7 iac/terraform-bucket-expires-everything
    15 |       noncurrent_days = 1
       |       ^^^^^^^^^^^^^^^^^^^ aws_s3_bucket_lifecycle_configuration.exports: lifecycle rule expire deletes every earlier version in the bucket after 1 day(s) (was no such expiry): the versions that make it recoverable go

    infra/gcs.tf:10:7 iac/terraform-bucket-expires-everything
    10 |       age = 0
       |       ^^^^^^^ google_storage_bucket.media: lifecycle rule #0 deletes every object in the bucket after 0 day(s) (was 365 day(s)): no prefix, tag or size filter limits it

    infra/azure.tf:13:9 iac/terraform-bucket-expires-everything
    13 |         delete_after_days_since_modification_greater_than = 1
       |         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ azurerm_storage_management_policy.docs: lifecycle rule purge deletes every object in the bucket after 1 day(s) (was no such expiry): no prefix, tag or size filter limits it"
  `);
});
