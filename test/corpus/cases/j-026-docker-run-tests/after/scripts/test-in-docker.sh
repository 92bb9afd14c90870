#!/usr/bin/env bash
set -euo pipefail
docker run --rm -v "$PWD:/src" -w /src node:20 sh -c 'npm ci && npm test'
nohup npm run dev > dev.log 2>&1 &
setsid ./scripts/watch-assets.sh &
