#!/usr/bin/env bash
set -euo pipefail
IMAGE="ghcr.io/acme/app:${1:?tag}"
docker pull "$IMAGE"
docker rm -f app 2>/dev/null || true
docker run -d --name app --restart unless-stopped \
  --env-file /etc/acme/app.env \
  -v /srv/app/uploads:/app/uploads \
  -p 8080:8080 "$IMAGE"
docker image prune -f
