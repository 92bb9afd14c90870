import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // a DynamoDB table removed beside a comment
    {
      code: '# tables\n',
      path: 'infra/prod/dynamodb.tf',
      base: '# tables\nresource "aws_dynamodb_table" "carts" {\n  name     = "carts"\n  hash_key = "id"\n}\n',
      line: 2,
      side: 'base',
      messageId: 'removed',
    },
    // a removed block that does not keep the resource
    {
      code: 'removed {\n  from = aws_s3_bucket.uploads\n}\n',
      path: 'infra/prod/s3.tf',
      base: 'resource "aws_s3_bucket" "uploads" {\n  bucket = "acme-uploads"\n}\n',
      line: 1,
      side: 'base',
      messageId: 'removedBlock',
    },
  ],
  valid: [
    // an output removed
    {
      code: 'resource "aws_s3_bucket" "uploads" {\n  bucket = "acme-uploads"\n}\n',
      path: 'infra/prod/s3.tf',
      base: 'resource "aws_s3_bucket" "uploads" {\n  bucket = "acme-uploads"\n}\n\noutput "bucket" {\n  value = aws_s3_bucket.uploads.id\n}\n',
    },
    // a data source removed
    { code: '', path: 'infra/prod/data.tf', base: 'data "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\n' },
  ],
};

ruleTester('iac/terraform-removed-resource', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/terraform-removed-resource', cases.invalid)).toMatchInlineSnapshot(`
    "infra/prod/dynamodb.tf:2:1 iac/terraform-removed-resource
    2 | resource "aws_dynamodb_table" "carts" {
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ aws_dynamodb_table.carts is removed from the configuration: the next terraform apply destroys the aws_dynamodb_table and the data in it (base side)

    infra/prod/s3.tf:1:1 iac/terraform-removed-resource
    1 | resource "aws_s3_bucket" "uploads" {
      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ aws_s3_bucket.uploads is removed and its \`removed\` block does not set lifecycle destroy = false: terraform apply destroys the aws_s3_bucket (base side)"
  `);
});
