#!/usr/bin/env bash
set -euo pipefail
mongosh "$MONGO_URL" --quiet --eval 'db.orders.createIndex({ customerId: 1 })'
