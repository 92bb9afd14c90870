#!/usr/bin/env bash
set -euo pipefail

aws s3api list-objects-v2 --bucket acme-exports --query '{Objects: Contents[].{Key: Key}}' > /tmp/keys.json
aws s3api delete-objects --bucket acme-exports --delete file:///tmp/keys.json
