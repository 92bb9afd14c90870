#!/usr/bin/env bash
set -euo pipefail
IMAGE="ghcr.io/acme/api:${1:-latest}"

docker pull "$IMAGE"
docker rm -f acme-api 2>/dev/null || true
docker run -d --name acme-api --restart unless-stopped \
  --env-file /etc/acme/api.env -p 8080:8080 "$IMAGE"
docker image prune -f
