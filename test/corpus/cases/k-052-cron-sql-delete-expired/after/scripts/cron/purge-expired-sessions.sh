#!/usr/bin/env bash
set -euo pipefail
psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -c "DELETE FROM sessions WHERE expires_at < now() - interval '7 days';"
