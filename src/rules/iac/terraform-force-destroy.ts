import { protectionRule } from './lib/terraform-protection-rule.js';

export const terraformForceDestroy = protectionRule('force-destroy', {
  description:
    "`force_destroy = true` (or `force_delete`, BigQuery `delete_contents_on_destroy`, the azurerm provider's `prevent_deletion_if_contains_resources = false`): destroying the bucket, dataset, repository or resource group deletes everything in it instead of failing.",
  messages: {
    set: '{address}: {attribute} is {value} (was {before}); destroying or replacing it deletes every object in it instead of failing',
    removed: '{address}: {attribute} = {before} is removed',
    shortened: '{address}: {attribute} is weakened',
    resourceRemoved: '{address} goes with its {attribute} setting',
  },
  examples: {
    invalid: [
      {
        path: 'infra/storage/s3.tf',
        base: 'resource "aws_s3_bucket" "uploads" {\n  bucket = "acme-prod-user-uploads"\n}\n',
        code: 'resource "aws_s3_bucket" "uploads" {\n  bucket        = "acme-prod-user-uploads"\n  force_destroy = true\n}\n',
        line: 3,
      },
    ],
    valid: [
      {
        path: 'infra/storage/s3.tf',
        base: 'resource "aws_s3_bucket" "uploads" {\n  force_destroy = true\n}\n',
        code: 'resource "aws_s3_bucket" "uploads" {\n}\n',
      },
      { path: 'infra/ci/s3.tf', code: 'resource "aws_s3_bucket" "scratch" {\n  force_destroy = true\n}\n' },
    ],
  },
});
