#!/usr/bin/env bash
set -euo pipefail
glab repo delete acme/platform/legacy-monorepo --yes
