#!/bin/sh
set -e
kubectl --context prod-eu apply --dry-run=none -f k8s/
