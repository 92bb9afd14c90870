#!/usr/bin/env bash
set -euo pipefail

aws dynamodb update-table --table-name orders --no-deletion-protection-enabled
