#!/usr/bin/env bash
set -euo pipefail
TAG="$1"
kubectl -n shop-prod set image deploy/api api=ghcr.io/acme/api:"$TAG"
kubectl -n shop-prod rollout status deploy/api --timeout=10m
