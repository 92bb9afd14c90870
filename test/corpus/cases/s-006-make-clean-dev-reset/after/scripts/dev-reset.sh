#!/usr/bin/env bash
# Throw away the local docker stack (including its volumes) and start fresh.
set -euo pipefail
cd "$(dirname "$0")/.."
docker compose -f docker-compose.dev.yml down -v --remove-orphans
docker compose -f docker-compose.dev.yml up -d db redis
npm run db:migrate
npm run db:seed
