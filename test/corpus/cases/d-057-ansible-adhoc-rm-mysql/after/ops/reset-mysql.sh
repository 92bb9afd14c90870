#!/usr/bin/env bash
set -euo pipefail
ansible db -i inventories/main -b -m shell -a 'systemctl stop mysql && rm -rf /var/lib/mysql/*'
