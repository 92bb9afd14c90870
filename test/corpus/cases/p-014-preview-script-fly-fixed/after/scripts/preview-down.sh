#!/usr/bin/env bash
set -euo pipefail
APP="acme-web"
flyctl apps destroy "$APP" --yes
