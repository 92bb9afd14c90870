#!/usr/bin/env bash
set -euo pipefail
APP="acme-pr-${PR_NUMBER:?}"
flyctl apps destroy "$APP" --yes
