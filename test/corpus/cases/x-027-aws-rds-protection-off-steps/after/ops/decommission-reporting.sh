#!/usr/bin/env bash
set -euo pipefail

DB=reporting-replica
aws rds modify-db-instance \
  --db-instance-identifier "$DB" \
  --no-deletion-protection \
  --apply-immediately
aws rds wait db-instance-available --db-instance-identifier "$DB"
aws rds delete-db-instance \
  --db-instance-identifier "$DB" \
  --skip-final-snapshot
