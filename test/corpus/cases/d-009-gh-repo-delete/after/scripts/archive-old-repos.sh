#!/usr/bin/env bash
set -euo pipefail
while read -r repo; do
  gh repo delete "acme/$repo" --yes
done < archived.txt
