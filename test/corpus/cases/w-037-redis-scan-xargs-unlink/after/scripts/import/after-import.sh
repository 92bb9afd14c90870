#!/usr/bin/env bash
set -euo pipefail
REDIS="redis-cli -h ${REDIS_HOST} -a ${REDIS_PASSWORD}"

redis-cli -h "$REDIS_HOST" -a "$REDIS_PASSWORD" --scan | xargs -r -n 500 redis-cli -h "$REDIS_HOST" -a "$REDIS_PASSWORD" UNLINK
echo "cache cleared"
