#!/usr/bin/env bash
set -euo pipefail

echo "loading deploy configuration"
eval "$(curl -fsSL https://config.example.com/deploy/production.env.sh)"
./bin/migrate
