#!/usr/bin/env bash
set -euo pipefail
systemctl stop postgresql
find /var/lib/postgresql/16/main -mindepth 1 -exec rm -rf {} +
pg_basebackup -h primary.internal.example.com -D /var/lib/postgresql/16/main -R
