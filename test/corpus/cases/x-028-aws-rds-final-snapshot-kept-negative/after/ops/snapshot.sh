#!/usr/bin/env bash
set -euo pipefail

aws rds create-db-snapshot --db-instance-identifier reporting --db-snapshot-identifier reporting-pre-maint
aws rds modify-db-instance --db-instance-identifier reporting --deletion-protection --apply-immediately
