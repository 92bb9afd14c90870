#!/usr/bin/env bash
set -euo pipefail

echo "warming cache on ${REDIS_HOST}"
redis-cli -h "${REDIS_HOST}" -a "${REDIS_PASSWORD}" FLUSHALL
node scripts/warm-cache.js
