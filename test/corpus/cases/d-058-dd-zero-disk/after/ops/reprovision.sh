#!/usr/bin/env bash
set -euo pipefail
DISK=/dev/nvme1n1
sudo umount /data || true
sudo dd if=/dev/zero of="$DISK" bs=1M count=512 status=progress
