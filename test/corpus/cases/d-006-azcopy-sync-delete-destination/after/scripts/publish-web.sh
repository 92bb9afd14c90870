#!/usr/bin/env bash
set -euo pipefail
ACCOUNT="${ACCOUNT:-acmeassets}"
azcopy sync ./build "https://${ACCOUNT}.blob.core.windows.net/uploads" --recursive --delete-destination=true
