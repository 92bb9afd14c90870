#!/usr/bin/env bash
set -euo pipefail
kubectl delete namespace review --ignore-not-found
