#!/usr/bin/env bash
set -euo pipefail

aws rds modify-db-instance --db-instance-identifier ledger \
  --backup-retention-period 0 \
  --apply-immediately
