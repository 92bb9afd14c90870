#!/usr/bin/env bash
set -euo pipefail
. "$(dirname "$0")/lib.sh"

require_env
log "deploying $(git rev-parse --short HEAD)"
