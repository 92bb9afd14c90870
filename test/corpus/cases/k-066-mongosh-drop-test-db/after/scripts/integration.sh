#!/usr/bin/env bash
set -euo pipefail
export MONGO_URL=mongodb://localhost:27017/orders_test
docker compose -f docker-compose.test.yml up -d mongo
mongosh "$MONGO_URL" --quiet --eval 'db.dropDatabase()'
npm run test:integration
