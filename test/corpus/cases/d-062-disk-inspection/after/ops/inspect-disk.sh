#!/usr/bin/env bash
set -euo pipefail
lsblk -f
sudo wipefs /dev/nvme1n1
sudo sgdisk -p /dev/nvme1n1
sudo sfdisk --list /dev/nvme1n1
