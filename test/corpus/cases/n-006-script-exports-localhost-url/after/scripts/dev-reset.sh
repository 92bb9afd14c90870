#!/usr/bin/env bash
# Resets the local development database and reseeds it.
set -euo pipefail
docker compose -f docker-compose.dev.yml down -v
docker compose -f docker-compose.dev.yml up -d db
export DATABASE_URL="postgresql://postgres:postgres@localhost:5432/app_dev"
npx prisma migrate reset --force
npm run db:seed
