#!/usr/bin/env bash
set -euo pipefail

ssh -o BatchMode=yes deploy@db-1.internal "psql -d app -c 'TRUNCATE good_jobs'"
