#!/usr/bin/env bash
set -euo pipefail

VERSION="$(node -p "require('./package.json').version")"
export GITHUB_TOKEN=ghp_FAKE7kQ2mZx9Lw4Rt8Vb1Nc6Hy3Ju5Pa0EXAMPLE
git tag -a "v$VERSION" -m "v$VERSION"
git push origin "v$VERSION"
gh release create "v$VERSION" --generate-notes
