#!/usr/bin/env bash
set -euo pipefail

aws s3api put-bucket-versioning --bucket acme-db-backups \
  --versioning-configuration Status=Suspended
