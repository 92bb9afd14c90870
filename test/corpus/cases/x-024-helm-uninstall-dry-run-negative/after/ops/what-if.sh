#!/usr/bin/env bash
set -euo pipefail

helm -n data uninstall postgres-primary --dry-run
helm -n data status postgres-primary
