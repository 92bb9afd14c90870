#!/usr/bin/env bash
set -euo pipefail
export APP_ENV=production
# a half-applied revision left the schema inconsistent; rebuild it from the migrations
alembic downgrade base
alembic upgrade head
systemctl restart api
