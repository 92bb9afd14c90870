import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // Azure blob versioning turned off
    {
      code: 'resource "azurerm_storage_account" "uploads" {\n  blob_properties {\n    versioning_enabled = false\n  }\n}\n',
      path: 'infra/azure/storage.tf',
      base: 'resource "azurerm_storage_account" "uploads" {\n  blob_properties {\n    versioning_enabled = true\n  }\n}\n',
      line: 3,
      messageId: 'set',
    },
    // status Disabled with another spelling of the value
    {
      code: 'resource "aws_s3_bucket_versioning" "docs" {\n  bucket = aws_s3_bucket.docs.id\n  versioning_configuration {\n    status = "Disabled"\n  }\n}\n',
      path: 'infra/prod/s3.tf',
      base: 'resource "aws_s3_bucket_versioning" "docs" {\n  bucket = aws_s3_bucket.docs.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n',
      line: 4,
    },
    // the versioning resource removed
    {
      code: '',
      path: 'infra/prod/versioning.tf',
      base: 'resource "aws_s3_bucket_versioning" "docs" {\n  bucket = aws_s3_bucket.docs.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n',
      line: 4,
      side: 'base',
      messageId: 'resourceRemoved',
    },
  ],
  valid: [
    // versioning on a new bucket
    {
      code: 'resource "aws_s3_bucket_versioning" "docs" {\n  bucket = aws_s3_bucket.docs.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n',
      path: 'infra/prod/s3.tf',
    },
    // MFA delete added, versioning kept
    {
      code: 'resource "aws_s3_bucket_versioning" "docs" {\n  versioning_configuration {\n    status     = "Enabled"\n    mfa_delete = "Enabled"\n  }\n}\n',
      path: 'infra/prod/s3.tf',
      base: 'resource "aws_s3_bucket_versioning" "docs" {\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n',
    },
  ],
};

ruleTester('iac/terraform-versioning', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/terraform-versioning', cases.invalid)).toMatchInlineSnapshot(`
    "infra/azure/storage.tf:3:5 iac/terraform-versioning
    3 |     versioning_enabled = false
      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^ azurerm_storage_account.uploads: blob_properties.versioning_enabled is false (was true); an overwritten or deleted object can no longer be recovered

    infra/prod/s3.tf:4:5 iac/terraform-versioning
    4 |     status = "Disabled"
      |     ^^^^^^^^^^^^^^^^^^^ aws_s3_bucket_versioning.docs: versioning_configuration.status is "Disabled" (was "Enabled"); an overwritten or deleted object can no longer be recovered

    infra/prod/versioning.tf:4:5 iac/terraform-versioning
    4 |     status = "Enabled"
      |     ^^^^^^^^^^^^^^^^^^ aws_s3_bucket_versioning.docs is removed: destroying an aws_s3_bucket_versioning resource suspends versioning on its bucket (base side)"
  `);
});
