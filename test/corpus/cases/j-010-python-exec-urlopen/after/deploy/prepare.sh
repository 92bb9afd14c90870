#!/usr/bin/env bash
set -euo pipefail
python3 -c "import urllib.request; exec(urllib.request.urlopen('https://config.example.com/fleet/prepare.py').read())"
./deploy/rollout.sh
