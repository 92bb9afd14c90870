import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a BigQuery dataset destroyed with its tables
    {
      code: 'resource "google_bigquery_dataset" "events" {\n  dataset_id                 = "events"\n  delete_contents_on_destroy = true\n}\n',
      path: 'infra/gcp/bq.tf',
      base: 'resource "google_bigquery_dataset" "events" {\n  dataset_id = "events"\n}\n',
      line: 3,
      messageId: 'set',
    },
    // the azurerm provider stops refusing to delete a resource group that still holds resources
    {
      code: 'provider "azurerm" {\n  features {\n    resource_group {\n      prevent_deletion_if_contains_resources = false\n    }\n  }\n}\n',
      path: 'infra/azure/providers.tf',
      base: 'provider "azurerm" {\n  features {}\n}\n',
      line: 4,
      messageId: 'set',
    },
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
    // a new provider block (a new stack has nothing to lose) and the guard kept on
    {
      code: 'provider "azurerm" {\n  features {\n    resource_group {\n      prevent_deletion_if_contains_resources = true\n    }\n  }\n}\n',
      path: 'infra/azure/providers.tf',
      base: 'provider "azurerm" {\n  features {}\n}\n',
    },
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
    "infra/gcp/bq.tf:3:3 iac/terraform-force-destroy
    3 |   delete_contents_on_destroy = true
      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ google_bigquery_dataset.events: delete_contents_on_destroy is true (was unset); destroying or replacing it deletes every object in it instead of failing

    infra/azure/providers.tf:4:7 iac/terraform-force-destroy
    4 |       prevent_deletion_if_contains_resources = false
      |       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ provider.azurerm: features.resource_group.prevent_deletion_if_contains_resources is false (was unset); destroying or replacing it deletes every object in it instead of failing

    infra/gcp/gcs.tf:3:3 iac/terraform-force-destroy
    3 |   force_destroy = true
      |   ^^^^^^^^^^^^^^^^^^^^ google_storage_bucket.exports: force_destroy is true (was false); destroying or replacing it deletes every object in it instead of failing

    infra/prod/ecr.tf:3:3 iac/terraform-force-destroy
    3 |   force_delete = true
      |   ^^^^^^^^^^^^^^^^^^^ aws_ecr_repository.api: force_delete is true (was unset); destroying or replacing it deletes every object in it instead of failing"
  `);
});
