#!/usr/bin/env bash
set -euo pipefail

redis-cli -h "$REDIS_HOST" -a "$REDIS_PASSWORD" --scan --pattern 'product:*' | head -20
redis-cli -h "$REDIS_HOST" -a "$REDIS_PASSWORD" DEL "product:index:lock"
