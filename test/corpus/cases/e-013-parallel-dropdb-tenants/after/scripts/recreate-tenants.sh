#!/usr/bin/env bash
set -euo pipefail
parallel -j 4 dropdb -h tenants.internal.example.com --if-exists ::: acme globex initech
parallel -j 4 createdb -h tenants.internal.example.com ::: acme globex initech
