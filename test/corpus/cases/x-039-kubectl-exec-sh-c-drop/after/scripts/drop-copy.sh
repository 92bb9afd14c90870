#!/usr/bin/env bash
set -euo pipefail

kubectl exec -n data statefulset/postgres -c postgres -- sh -c 'psql -U app -c "DROP TABLE orders_copy"'
