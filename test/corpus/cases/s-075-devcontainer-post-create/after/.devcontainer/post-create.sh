#!/usr/bin/env bash
set -euo pipefail
bundle install
yarn install --frozen-lockfile
bin/rails db:reset
redis-cli -h redis FLUSHALL
