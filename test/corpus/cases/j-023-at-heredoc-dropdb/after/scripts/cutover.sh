#!/usr/bin/env bash
set -euo pipefail
./scripts/switch-dns.sh reporting-v2
at now + 2 hours <<'JOB'
dropdb -h db.internal reporting_v1
JOB
