#!/usr/bin/env bash
# Nightly logical backup, kept for 30 days on the backup volume (S3 holds the long-term copies).
set -euo pipefail

BACKUP_DIR=/var/backups/postgres
STAMP="$(date +%Y%m%d-%H%M%S)"

pg_dump --format=custom --file="$BACKUP_DIR/app-$STAMP.dump" "$DATABASE_URL"
aws s3 cp "$BACKUP_DIR/app-$STAMP.dump" "s3://acme-db-backups/nightly/app-$STAMP.dump"

find "$BACKUP_DIR" -name 'app-*.dump' -type f -mtime +30 -delete
