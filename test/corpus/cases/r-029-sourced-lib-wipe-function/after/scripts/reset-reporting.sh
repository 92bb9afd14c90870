#!/usr/bin/env bash
set -euo pipefail
source "$(dirname "$0")/lib.sh"

require_env
log "resetting reporting"
wipe_db reporting
log "done"
