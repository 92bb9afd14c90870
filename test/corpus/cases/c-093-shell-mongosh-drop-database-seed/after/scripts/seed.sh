#!/usr/bin/env bash
set -euo pipefail

mongosh "$MONGO_URL" --quiet --eval 'db.dropDatabase()'
mongoimport --uri "$MONGO_URL" --collection products --file fixtures/products.json --jsonArray
