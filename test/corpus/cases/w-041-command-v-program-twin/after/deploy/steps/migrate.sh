#!/usr/bin/env bash
set -euo pipefail
PY=$(command -v python3)
$PY manage.py migrate --noinput
