#!/usr/bin/env bash
set -euo pipefail
velero backup create "pre-upgrade-$(date +%s)" --wait
velero backup get
