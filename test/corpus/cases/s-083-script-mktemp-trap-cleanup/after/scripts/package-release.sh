#!/usr/bin/env bash
set -euo pipefail
workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT
git archive --format=tar HEAD | tar -x -C "$workdir"
(cd "$workdir" && npm ci --omit=dev && tar -czf "$OLDPWD/release.tgz" .)
rm -rf "$workdir/node_modules/.cache"
