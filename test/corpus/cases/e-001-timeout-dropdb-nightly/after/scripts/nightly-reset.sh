#!/usr/bin/env bash
set -euo pipefail
export PGHOST=db.internal.example.com
timeout 300 dropdb --if-exists shop
createdb shop
