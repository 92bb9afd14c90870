import { protectionRule } from './lib/terraform-protection-rule.js';

export const terraformBackupExpiry = protectionRule('backup-expiry', {
  description:
    'A lifecycle rule on a bucket of backups (snapshots, dumps, archives) starts expiring objects, or expires them sooner.',
  messages: {
    set: '{address}: {attribute} = {value} (was {before}) expires objects in a bucket that holds backups',
    removed: '{address}: {attribute} = {before} is removed',
    shortened: '{address}: {attribute} goes from {before} to {value}; backups are deleted sooner',
    resourceRemoved: '{address} goes with its {attribute} setting',
  },
  examples: {
    invalid: [
      {
        path: 'infra/backups/s3.tf',
        base: 'resource "aws_s3_bucket_lifecycle_configuration" "db_backups" {\n  bucket = aws_s3_bucket.db_backups.id\n\n  rule {\n    id     = "expire"\n    status = "Enabled"\n\n    expiration {\n      days = 90\n    }\n  }\n}\n',
        code: 'resource "aws_s3_bucket_lifecycle_configuration" "db_backups" {\n  bucket = aws_s3_bucket.db_backups.id\n\n  rule {\n    id     = "expire"\n    status = "Enabled"\n\n    expiration {\n      days = 1\n    }\n  }\n}\n',
        line: 9,
      },
    ],
    valid: [
      {
        path: 'infra/ci/cache_bucket.tf',
        code: 'resource "aws_s3_bucket_lifecycle_configuration" "ci_cache" {\n  bucket = aws_s3_bucket.ci_cache.id\n\n  rule {\n    id     = "expire-build-cache"\n    status = "Enabled"\n\n    expiration {\n      days = 14\n    }\n  }\n}\n',
      },
    ],
  },
});
