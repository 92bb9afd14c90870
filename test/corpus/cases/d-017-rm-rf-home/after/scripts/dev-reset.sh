#!/usr/bin/env bash
set -euo pipefail
echo "resetting profile"
rm -rf "$HOME"/
