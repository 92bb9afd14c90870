#!/bin/sh
set -e
bundle exec rails db:migrate

redis-cli -u "$REDIS_URL" <<'REDIS'
FLUSHDB
SET cache:warmed 1
REDIS
