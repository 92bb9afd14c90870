#!/usr/bin/env bash
set -euo pipefail
gh repo view acme/billing --json name,updatedAt
gh release list -R acme/billing --limit 5
