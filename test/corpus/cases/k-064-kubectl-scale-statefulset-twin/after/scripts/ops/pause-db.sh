#!/usr/bin/env bash
set -euo pipefail
NS=${NS:-staging}
kubectl -n "$NS" scale statefulset/postgres --replicas=0
kubectl -n "$NS" rollout status statefulset/postgres
