#!/usr/bin/env bash
set -euo pipefail
shred -u -n 3 /srv/app/shared/db/production.sqlite3
