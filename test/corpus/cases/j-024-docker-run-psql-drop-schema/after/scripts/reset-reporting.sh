#!/usr/bin/env bash
set -euo pipefail
docker run --rm -e PGPASSWORD postgres:16 \
  psql -h reporting-db.internal -U admin reporting -c "DROP SCHEMA reporting CASCADE"
