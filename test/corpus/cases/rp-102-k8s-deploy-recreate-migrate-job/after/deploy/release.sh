#!/usr/bin/env bash
set -euo pipefail
TAG="$1"
kubectl -n shop-prod delete job db-migrate --ignore-not-found
sed "s/__TAG__/$TAG/" deploy/migrate-job.yaml | kubectl -n shop-prod apply -f -
kubectl -n shop-prod wait --for=condition=complete job/db-migrate --timeout=15m
kubectl -n shop-prod set image deploy/api api=ghcr.io/acme/api:"$TAG"
kubectl -n shop-prod rollout status deploy/api --timeout=10m
