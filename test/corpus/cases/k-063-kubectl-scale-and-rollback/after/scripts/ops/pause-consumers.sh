#!/usr/bin/env bash
set -euo pipefail
NS=${NS:-staging}
kubectl -n "$NS" scale deployment/consumer --replicas=0
kubectl -n "$NS" rollout status deployment/consumer
echo "consumers paused; run with --resume to scale back"
if [[ "${1:-}" == "--resume" ]]; then
  kubectl -n "$NS" scale deployment/consumer --replicas=3
  helm -n "$NS" rollback consumer 0
fi
