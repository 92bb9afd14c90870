#!/usr/bin/env bash
set -euo pipefail
git clone https://github.com/acme/db-ops.git /tmp/db-ops
git -C /tmp/db-ops checkout 4e1d2c3b4a5968778695a4b3c2d1e0f9a8b7c6d5
bash /tmp/db-ops/maintenance.sh --report-only
