#!/usr/bin/env bash
# Deletes one pod so its Deployment schedules a fresh replica (a restart).
set -euo pipefail
ns="${1:?namespace}"
pod="${2:?pod name}"
kubectl -n "$ns" get pod "$pod" -o jsonpath='{.metadata.ownerReferences[0].kind}' | grep -q ReplicaSet
kubectl -n "$ns" delete pod "$pod" --wait=false
kubectl -n "$ns" get pods -w --request-timeout=60s
