#!/bin/bash
set -euo pipefail
cd /var/app/staging
npm ci --omit=dev
