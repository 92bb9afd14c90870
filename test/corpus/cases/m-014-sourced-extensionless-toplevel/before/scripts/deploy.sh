#!/usr/bin/env bash
set -euo pipefail
. "$(dirname "$0")/lib/common"

log "deploying $RELEASE"
kubectl rollout restart deployment/api
