#!/usr/bin/env bash
set -euo pipefail
mongorestore --uri "mongodb+srv://restore@catalog.acme.io/catalog" --drop --gzip --archive=catalog.gz
