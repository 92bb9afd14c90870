#!/usr/bin/env bash
set -euo pipefail
diff <(curl -fsS https://a.example.com/schema.json) <(curl -fsS https://b.example.com/schema.json)
curl -fsSLo /tmp/install.sh https://get.example.com/install.sh
echo "3f7c0a9e4b2d1c6f8a5e9d0b7c3a2f1e4d6b8a0c9e7f5d3b1a2c4e6f8a0b2c4d  /tmp/install.sh" | sha256sum -c -
