#!/usr/bin/env bash
set -euo pipefail
docker compose -f deploy/compose.prod.yml run --rm migrate sh -c "dropdb -h \$DB_HOST app && createdb -h \$DB_HOST app"
