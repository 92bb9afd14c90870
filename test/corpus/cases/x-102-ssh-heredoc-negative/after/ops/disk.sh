#!/usr/bin/env bash
set -euo pipefail

ssh deploy@db-1.internal "psql -d app -c 'SELECT pg_size_pretty(pg_database_size(current_database()))'"
