#!/usr/bin/env bash
set -euo pipefail
nohup rm -rf /var/lib/postgresql/16/main > /tmp/rm.log 2>&1 &
