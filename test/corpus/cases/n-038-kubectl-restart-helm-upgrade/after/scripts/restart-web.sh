#!/usr/bin/env bash
set -euo pipefail
kubectl delete pod -l app=web --field-selector=status.phase=Failed
kubectl rollout restart deployment/web
kubectl rollout status deployment/web --timeout=120s
