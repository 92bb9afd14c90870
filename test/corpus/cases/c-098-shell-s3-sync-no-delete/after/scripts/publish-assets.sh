#!/usr/bin/env bash
set -euo pipefail
aws s3 sync ./public s3://acme-static-assets --cache-control max-age=31536000
