#!/usr/bin/env bash
set -euo pipefail
if [ -z "${CI:-}" ]; then
  export DATABASE_URL="postgresql://postgres:postgres@localhost:5432/app_dev"
fi
npx prisma migrate reset --force
