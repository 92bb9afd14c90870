#!/usr/bin/env bash
set -euo pipefail
set -a
. ./.env.test
set +a
psql "$DATABASE_URL" -c 'TRUNCATE read_model.orders'
psql "$DATABASE_URL" -f db/read_model.sql
