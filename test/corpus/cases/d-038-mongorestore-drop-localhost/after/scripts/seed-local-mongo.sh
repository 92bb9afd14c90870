#!/usr/bin/env bash
set -euo pipefail
mongorestore --uri "mongodb://localhost:27017/catalog" --drop ./fixtures/catalog
