#!/usr/bin/env bash
set -euo pipefail
ns="${NAMESPACE:-workers}"
kubectl -n "$ns" delete pod -l app=queue-worker --wait=false
kubectl -n "$ns" rollout status deployment/queue-worker --timeout=5m
