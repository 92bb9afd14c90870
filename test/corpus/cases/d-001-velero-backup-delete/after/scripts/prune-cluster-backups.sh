#!/usr/bin/env bash
set -euo pipefail
# keep the disk on the backup bucket small
for b in $(velero backup get -o name | head -n -3); do
  velero backup delete "${b#backup/}" --confirm
done
