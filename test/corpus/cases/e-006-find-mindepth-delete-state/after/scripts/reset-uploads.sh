#!/bin/sh
set -eu
find /var/lib/uploads -mindepth 1 -delete
echo "uploads emptied"
