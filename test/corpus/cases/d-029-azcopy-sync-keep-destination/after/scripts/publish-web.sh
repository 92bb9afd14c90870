#!/usr/bin/env bash
set -euo pipefail
azcopy sync ./build "https://acmeassets.blob.core.windows.net/spa" --recursive --delete-destination=false
