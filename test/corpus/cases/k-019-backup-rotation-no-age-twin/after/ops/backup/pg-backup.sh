#!/usr/bin/env bash
# Nightly logical backup; only the newest dump is kept on the backup volume.
set -euo pipefail

BACKUP_DIR=/var/backups/postgres
STAMP="$(date +%Y%m%d-%H%M%S)"

find "$BACKUP_DIR" -name 'app-*.dump' -type f -delete
pg_dump --format=custom --file="$BACKUP_DIR/app-$STAMP.dump" "$DATABASE_URL"
