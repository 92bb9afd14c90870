#!/usr/bin/env bash
set -euo pipefail
VERSION_JSON=$(curl -fsS https://api.example.com/releases/latest)
bash scripts/deploy.sh "$(curl -fsS https://api.example.com/releases/latest/tag)"
curl -fsS https://api.example.com/health | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])'
