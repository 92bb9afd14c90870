#!/usr/bin/env bash
# Shared helpers for ops scripts.

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

require_env() {
  : "${DATABASE_URL:?DATABASE_URL must be set}"
}

wipe_db() {
  log "wiping $1"
  psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -c "DROP SCHEMA $1 CASCADE; CREATE SCHEMA $1;"
}
