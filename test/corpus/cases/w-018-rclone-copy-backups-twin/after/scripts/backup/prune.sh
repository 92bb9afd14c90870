#!/usr/bin/env bash
set -euo pipefail
REMOTE="b2:acme-db-backups"

echo "copying to $REMOTE"
rclone copy /var/backups/postgres "$REMOTE/postgres" --min-age 1h
rclone purge "$REMOTE/tmp" --dry-run
