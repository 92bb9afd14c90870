#!/usr/bin/env bash
set -euo pipefail
VERSION=2.16.0
curl -fsSL -o /tmp/dbmate-install.sh "https://raw.githubusercontent.com/amacneil/dbmate/v${VERSION}/install.sh"
echo "9b1c4f0e2d7a6b5c3e8f1a0d9c2b7e6f5a4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b  /tmp/dbmate-install.sh" | sha256sum -c -
bash /tmp/dbmate-install.sh
