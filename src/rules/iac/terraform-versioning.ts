import { protectionRule } from './lib/terraform-protection-rule.js';

export const terraformVersioning = protectionRule('versioning', {
  description:
    'Bucket object versioning is suspended or disabled (or its `aws_s3_bucket_versioning` resource removed; Azure `blob_properties.versioning_enabled`): overwritten and deleted objects are gone for good.',
  messages: {
    set: '{address}: {attribute} is {value} (was {before}); an overwritten or deleted object can no longer be recovered',
    removed: '{address}: {attribute} = {before} is removed',
    shortened: '{address}: {attribute} is weakened',
    resourceRemoved:
      '{address} is removed: destroying an aws_s3_bucket_versioning resource suspends versioning on its bucket',
  },
  examples: {
    invalid: [
      {
        path: 'infra/storage/s3.tf',
        base: 'resource "aws_s3_bucket_versioning" "uploads" {\n  bucket = aws_s3_bucket.uploads.id\n\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n',
        code: 'resource "aws_s3_bucket_versioning" "uploads" {\n  bucket = aws_s3_bucket.uploads.id\n\n  versioning_configuration {\n    status = "Suspended"\n  }\n}\n',
        line: 5,
      },
    ],
    valid: [
      {
        path: 'infra/storage/s3.tf',
        base: 'resource "aws_s3_bucket_versioning" "uploads" {\n  versioning_configuration {\n    status = "Suspended"\n  }\n}\n',
        code: 'resource "aws_s3_bucket_versioning" "uploads" {\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n',
      },
    ],
  },
});
