#!/usr/bin/env bash
set -euo pipefail
APP_ROOT=/srv/acme
RELEASE="$APP_ROOT/releases/$(date +%Y%m%d%H%M%S)"

mkdir -p "$RELEASE"
tar -xzf /tmp/acme.tar.gz -C "$RELEASE"
ln -sfn "$RELEASE" "$APP_ROOT/current"
sudo systemctl reload acme

cd "$APP_ROOT/releases"
ls -1dt */ | tail -n +6 | xargs -r rm -rf
