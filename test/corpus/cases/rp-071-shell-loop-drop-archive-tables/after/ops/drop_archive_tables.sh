#!/usr/bin/env bash
# Drop monthly archive tables older than a year.
set -euo pipefail

tables=$(psql "$PROD_DATABASE_URL" -At -c "select tablename from pg_tables where tablename like 'events_archive_%'")
for t in $tables; do
  echo "dropping $t"
  psql "$PROD_DATABASE_URL" -c "DROP TABLE IF EXISTS $t CASCADE"
done
