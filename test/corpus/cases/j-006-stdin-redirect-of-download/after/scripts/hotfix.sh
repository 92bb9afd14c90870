#!/usr/bin/env bash
set -euo pipefail
curl -fsSL "https://vendor.example.com/hotfixes/latest.sh" -o hotfix.sh
bash -s -- --apply < hotfix.sh
