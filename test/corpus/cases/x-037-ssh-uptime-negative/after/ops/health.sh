#!/usr/bin/env bash
set -euo pipefail

ssh -o BatchMode=yes deploy@db-1.internal "uptime && df -h /var/lib/postgresql"
