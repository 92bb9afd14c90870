#!/usr/bin/env bash
set -euo pipefail

MODE=uninstall
RELEASE=postgres-analytics

helm -n data "$MODE" "$RELEASE"
