#!/usr/bin/env bash
set -euo pipefail

helm -n data uninstall postgres-primary --wait
