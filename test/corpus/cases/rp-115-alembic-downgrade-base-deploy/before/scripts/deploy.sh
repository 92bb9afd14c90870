#!/usr/bin/env bash
set -euo pipefail
export APP_ENV=production
alembic upgrade head
systemctl restart api
