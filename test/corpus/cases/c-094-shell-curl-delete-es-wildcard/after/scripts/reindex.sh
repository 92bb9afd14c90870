#!/usr/bin/env bash
set -euo pipefail

curl -fsS -X DELETE "${ES_URL}/orders-*"
curl -fsS -X PUT "${ES_URL}/orders-v4" -H 'Content-Type: application/json' -d @mappings/orders.json
