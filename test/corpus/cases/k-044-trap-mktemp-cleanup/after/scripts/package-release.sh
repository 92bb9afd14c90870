#!/usr/bin/env bash
set -euo pipefail

version="${1:?usage: package-release.sh VERSION}"
workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT

git archive --format=tar --prefix="acme-$version/" HEAD | tar -x -C "$workdir"
(cd "$workdir" && tar -czf "acme-$version.tar.gz" "acme-$version")
mv "$workdir/acme-$version.tar.gz" .
