#!/usr/bin/env bash
set -euo pipefail
REMOTE="b2:acme-db-backups"

echo "pruning $REMOTE"
rclone purge "$REMOTE/postgres"
