import { expect, it } from 'vitest';
import { type RuleCases, ruleTester, snapshotOf } from '../../helpers/rule-tester.js';

const cases: RuleCases = {
  invalid: [
    // an expiration added to a snapshots bucket
    {
      code: 'resource "aws_s3_bucket_lifecycle_configuration" "snapshots" {\n  bucket = aws_s3_bucket.snapshots.id\n  rule {\n    id     = "expire"\n    status = "Enabled"\n    expiration {\n      days = 7\n    }\n  }\n}\n',
      path: 'infra/backups/lifecycle.tf',
      line: 7,
    },
    // noncurrent versions of dumps expired sooner
    {
      code: 'resource "aws_s3_bucket_lifecycle_configuration" "pg_dumps" {\n  bucket = aws_s3_bucket.pg_dumps.id\n  rule {\n    id     = "old"\n    status = "Enabled"\n    noncurrent_version_expiration {\n      noncurrent_days = 3\n    }\n  }\n}\n',
      path: 'infra/backups/lifecycle.tf',
      base: 'resource "aws_s3_bucket_lifecycle_configuration" "pg_dumps" {\n  bucket = aws_s3_bucket.pg_dumps.id\n  rule {\n    id     = "old"\n    status = "Enabled"\n    noncurrent_version_expiration {\n      noncurrent_days = 60\n    }\n  }\n}\n',
      line: 7,
    },
  ],
  valid: [
    // kept longer
    {
      code: 'resource "aws_s3_bucket_lifecycle_configuration" "snapshots" {\n  bucket = aws_s3_bucket.snapshots.id\n  rule {\n    id     = "expire"\n    status = "Enabled"\n    expiration {\n      days = 365\n    }\n  }\n}\n',
      path: 'infra/backups/lifecycle.tf',
      base: 'resource "aws_s3_bucket_lifecycle_configuration" "snapshots" {\n  bucket = aws_s3_bucket.snapshots.id\n  rule {\n    id     = "expire"\n    status = "Enabled"\n    expiration {\n      days = 90\n    }\n  }\n}\n',
    },
    // a log bucket expiring
    {
      code: 'resource "aws_s3_bucket_lifecycle_configuration" "access_logs" {\n  bucket = aws_s3_bucket.access_logs.id\n  rule {\n    id     = "expire"\n    status = "Enabled"\n    expiration {\n      days = 7\n    }\n  }\n}\n',
      path: 'infra/logging/lifecycle.tf',
    },
  ],
};

ruleTester('iac/terraform-backup-expiry', cases);

it('points at the flagged text with its message', async () => {
  expect(await snapshotOf('iac/terraform-backup-expiry', cases.invalid)).toMatchInlineSnapshot(`
    "infra/backups/lifecycle.tf:7:7 iac/terraform-backup-expiry
    7 |       days = 7
      |       ^^^^^^^^ aws_s3_bucket_lifecycle_configuration.snapshots: rule.expiration.days = 7 (was unset) expires objects in a bucket that holds backups

    infra/backups/lifecycle.tf:7:7 iac/terraform-backup-expiry
    7 |       noncurrent_days = 3
      |       ^^^^^^^^^^^^^^^^^^^ aws_s3_bucket_lifecycle_configuration.pg_dumps: rule.noncurrent_version_expiration.noncurrent_days goes from 60 to 3; backups are deleted sooner"
  `);
});
