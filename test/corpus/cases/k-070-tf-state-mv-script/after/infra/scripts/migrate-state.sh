#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")/.."
terraform state mv aws_s3_bucket.assets module.assets.aws_s3_bucket.this
terraform state mv aws_cloudfront_distribution.assets module.assets.aws_cloudfront_distribution.this
terraform plan -detailed-exitcode
