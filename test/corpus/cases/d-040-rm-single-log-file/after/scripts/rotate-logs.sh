#!/usr/bin/env bash
set -euo pipefail
mv /var/log/acme/app.log /var/log/acme/app.log.1
rm -f /var/log/acme/app.log.5
