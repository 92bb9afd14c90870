#!/usr/bin/env bash
set -euo pipefail
git clean -fdx -e .env.local
git reset --hard "origin/${GITHUB_BASE_REF:-main}"
rm -rf "${BUILD_DIR:?}/"*
docker image prune -af
docker rm -f $(docker ps -aq) || true
