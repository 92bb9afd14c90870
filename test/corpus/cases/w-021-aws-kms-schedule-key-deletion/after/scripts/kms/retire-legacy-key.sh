#!/bin/bash
set -euo pipefail
KEY_ID=$(aws kms describe-key --key-id alias/legacy-data --query KeyMetadata.KeyId --output text)
aws kms schedule-key-deletion --key-id "$KEY_ID" --pending-window-in-days 7
