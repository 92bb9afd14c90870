#!/bin/sh
set -e
DATABASE_URL=postgres://ci:${E2E_DB_PASSWORD}@db.internal:5432/shop_e2e npx prisma migrate reset --force
