#!/bin/sh
set -e
redis-cli -h 127.0.0.1 -p 6379 FLUSHALL
npm run seed:e2e
