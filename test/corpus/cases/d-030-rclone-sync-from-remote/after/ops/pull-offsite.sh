#!/usr/bin/env bash
set -euo pipefail
mkdir -p /tmp/drill
rclone sync b2-offsite:acme-uploads /tmp/drill --dry-run
rclone copy b2-offsite:acme-uploads /tmp/drill
