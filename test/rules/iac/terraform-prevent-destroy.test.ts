import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // on a bucket, the lifecycle block removed whole
    {
      code: 'resource "aws_s3_bucket" "uploads" {\n  bucket = "acme-uploads"\n}\n',
      path: 'infra/prod/s3.tf',
      base: 'resource "aws_s3_bucket" "uploads" {\n  bucket = "acme-uploads"\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n',
      line: 4,
      side: 'base',
      messageId: 'removed',
    },
    // the resource removed with its guard
    {
      code: '',
      path: 'infra/prod/carts.tf',
      base: 'resource "aws_dynamodb_table" "carts" {\n  name = "carts"\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n',
      line: 4,
      side: 'base',
      messageId: 'resourceRemoved',
    },
  ],
  valid: [
    // prevent_destroy added
    {
      code: 'resource "aws_s3_bucket" "uploads" {\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n',
      path: 'infra/prod/s3.tf',
      base: 'resource "aws_s3_bucket" "uploads" {\n}\n',
    },
    // another lifecycle setting changes
    {
      code: 'resource "aws_s3_bucket" "uploads" {\n  lifecycle {\n    prevent_destroy = true\n    ignore_changes  = [tags]\n  }\n}\n',
      path: 'infra/prod/s3.tf',
      base: 'resource "aws_s3_bucket" "uploads" {\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n',
    },
  ],
};

ruleTester('iac/terraform-prevent-destroy', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/terraform-prevent-destroy', cases.invalid)).toMatchInlineSnapshot(`
    "infra/prod/s3.tf:4:5 iac/terraform-prevent-destroy
    4 |     prevent_destroy = true
      |     ^^^^^^^^^^^^^^^^^^^^^^ aws_s3_bucket.uploads: prevent_destroy = true is removed; a plan that destroys the resource is no longer refused (base side)

    infra/prod/carts.tf:4:5 iac/terraform-prevent-destroy
    4 |     prevent_destroy = true
      |     ^^^^^^^^^^^^^^^^^^^^^^ aws_dynamodb_table.carts goes with its prevent_destroy guard: removing the block removes the guard that would have refused its destruction (base side)"
  `);
});
