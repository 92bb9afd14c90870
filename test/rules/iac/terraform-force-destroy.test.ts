import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // false to true on a Google bucket
    {
      code: 'resource "google_storage_bucket" "exports" {\n  name          = "acme-exports"\n  force_destroy = true\n}\n',
      path: 'infra/gcp/gcs.tf',
      base: 'resource "google_storage_bucket" "exports" {\n  name          = "acme-exports"\n  force_destroy = false\n}\n',
      line: 3,
      messageId: 'set',
    },
    // force_delete on an ECR repository
    {
      code: 'resource "aws_ecr_repository" "api" {\n  name         = "api"\n  force_delete = true\n}\n',
      path: 'infra/prod/ecr.tf',
      base: 'resource "aws_ecr_repository" "api" {\n  name = "api"\n}\n',
      line: 3,
    },
  ],
  valid: [
    // turned off
    {
      code: 'resource "google_storage_bucket" "exports" {\n  force_destroy = false\n}\n',
      path: 'infra/gcp/gcs.tf',
      base: 'resource "google_storage_bucket" "exports" {\n  force_destroy = true\n}\n',
    },
    // another attribute of a bucket that already had it
    {
      code: 'resource "aws_s3_bucket" "tmp" {\n  force_destroy = true\n  tags          = { team = "web" }\n}\n',
      path: 'infra/prod/s3.tf',
      base: 'resource "aws_s3_bucket" "tmp" {\n  force_destroy = true\n}\n',
    },
  ],
};

ruleTester('iac/terraform-force-destroy', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/terraform-force-destroy', cases.invalid)).toMatchInlineSnapshot(`
    "infra/gcp/gcs.tf:3:3 iac/terraform-force-destroy
    3 |   force_destroy = true
      |   ^^^^^^^^^^^^^^^^^^^^ google_storage_bucket.exports: force_destroy is true (was false); destroying or replacing it deletes every object in it instead of failing

    infra/prod/ecr.tf:3:3 iac/terraform-force-destroy
    3 |   force_delete = true
      |   ^^^^^^^^^^^^^^^^^^^ aws_ecr_repository.api: force_delete is true (was unset); destroying or replacing it deletes every object in it instead of failing"
  `);
});
