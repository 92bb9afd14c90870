import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a bucket renamed, the old address on the base side
    {
      code: 'resource "aws_s3_bucket" "user_uploads" {\n  bucket = "acme-uploads"\n}\n',
      path: 'infra/prod/s3.tf',
      base: 'resource "aws_s3_bucket" "uploads" {\n  bucket = "acme-uploads"\n}\n',
      line: 1,
      side: 'base',
      messageId: 'renamedFrom',
    },
    // a Google SQL instance renamed, the new address
    {
      code: 'resource "google_sql_database_instance" "primary" {\n  name = "app-db"\n}\n',
      path: 'infra/gcp/sql.tf',
      base: 'resource "google_sql_database_instance" "main" {\n  name = "app-db"\n}\n',
      line: 1,
      messageId: 'renamedTo',
    },
  ],
  valid: [
    // a stateless resource renamed
    {
      code: 'resource "aws_iam_role" "deployer" {\n  name = "deployer"\n}\n',
      path: 'infra/prod/iam.tf',
      base: 'resource "aws_iam_role" "ci" {\n  name = "deployer"\n}\n',
    },
    // renamed with a moved block listed first
    {
      code: 'moved {\n  from = aws_s3_bucket.uploads\n  to   = aws_s3_bucket.user_uploads\n}\n\nresource "aws_s3_bucket" "user_uploads" {\n  bucket = "acme-uploads"\n}\n',
      path: 'infra/prod/s3.tf',
      base: 'resource "aws_s3_bucket" "uploads" {\n  bucket = "acme-uploads"\n}\n',
    },
  ],
};

ruleTester('iac/terraform-renamed-resource', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/terraform-renamed-resource', cases.invalid)).toMatchInlineSnapshot(`
    "infra/prod/s3.tf:1:1 iac/terraform-renamed-resource
    1 | resource "aws_s3_bucket" "uploads" {
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ aws_s3_bucket.uploads is renamed to aws_s3_bucket.user_uploads without a moved block: terraform apply destroys this aws_s3_bucket and its data, then creates an empty one (base side)
    infra/prod/s3.tf:1:1 iac/terraform-renamed-resource
    1 | resource "aws_s3_bucket" "user_uploads" {
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ aws_s3_bucket.user_uploads replaces aws_s3_bucket.uploads without a moved block: terraform apply creates it empty and destroys aws_s3_bucket.uploads with its data

    infra/gcp/sql.tf:1:1 iac/terraform-renamed-resource
    1 | resource "google_sql_database_instance" "main" {
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ google_sql_database_instance.main is renamed to google_sql_database_instance.primary without a moved block: terraform apply destroys this google_sql_database_instance and its data, then creates an empty one (base side)
    infra/gcp/sql.tf:1:1 iac/terraform-renamed-resource
    1 | resource "google_sql_database_instance" "primary" {
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ google_sql_database_instance.primary replaces google_sql_database_instance.main without a moved block: terraform apply creates it empty and destroys google_sql_database_instance.main with its data"
  `);
});
