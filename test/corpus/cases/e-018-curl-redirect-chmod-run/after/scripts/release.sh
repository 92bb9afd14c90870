#!/usr/bin/env bash
set -euo pipefail
curl -fsSL https://releases.example.com/helper > ./release-helper
chmod +x ./release-helper
./release-helper publish --channel stable
