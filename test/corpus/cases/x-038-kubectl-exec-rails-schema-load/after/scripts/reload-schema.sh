#!/usr/bin/env bash
set -euo pipefail

POD=$(kubectl -n api get pod -l app=api -o name | head -1)
kubectl -n api exec "$POD" -- bin/rails db:schema:load
