#!/usr/bin/env bash
# Runs on the docs VM from a systemd timer.
set -euo pipefail
cd /srv/docs-site
git fetch --prune origin
git reset --hard origin/main
npm ci
npm run build
