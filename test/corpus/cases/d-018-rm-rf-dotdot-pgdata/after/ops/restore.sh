#!/usr/bin/env bash
set -euo pipefail
STAGE=/tmp/restore
sudo rm -rf /tmp/restore/../../var/lib/postgresql/16/main
sudo -u postgres pg_basebackup -D /var/lib/postgresql/16/main -h "$PRIMARY"
