#!/usr/bin/env bash
# Deletes pods of the worker deployment stuck in Failed/Evicted state so the
# ReplicaSet replaces them. Safe: it never touches Running pods.
set -euo pipefail
NAMESPACE="${NAMESPACE:-workers}"

kubectl get pods -n "$NAMESPACE" -l app=worker --field-selector=status.phase=Failed -o name
kubectl delete pods -n "$NAMESPACE" -l app=worker --field-selector=status.phase=Failed
