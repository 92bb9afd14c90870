#!/usr/bin/env bash
set -euo pipefail

MODE=status
RELEASE=postgres-analytics

helm -n data "$MODE" "$RELEASE"
