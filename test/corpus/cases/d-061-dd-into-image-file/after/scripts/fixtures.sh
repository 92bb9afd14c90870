#!/usr/bin/env bash
set -euo pipefail
mkdir -p build
dd if=/dev/zero of=build/disk.img bs=1M count=64
mkfs.ext4 -F build/disk.img
wipefs build/disk.img
