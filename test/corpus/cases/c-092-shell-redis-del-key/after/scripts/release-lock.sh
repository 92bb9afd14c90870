#!/usr/bin/env bash
set -euo pipefail
redis-cli -h "${REDIS_HOST}" DEL "warmup:lock"
