#!/usr/bin/env bash
set -euo pipefail
: "${PROD_DB_HOST:?}" "${PGPASSWORD:?}"
DUMP="${1:-s3://acme-db-dumps/nightly/latest.dump}"

aws s3 cp "$DUMP" /tmp/latest.dump
dropdb --if-exists --force -h "$PROD_DB_HOST" -U app app
createdb -h "$PROD_DB_HOST" -U app app
pg_restore --no-owner -h "$PROD_DB_HOST" -U app -d app /tmp/latest.dump
