#!/usr/bin/env bash
set -euo pipefail
kubectl delete namespace "review-${CI_COMMIT_REF_SLUG}" --ignore-not-found
