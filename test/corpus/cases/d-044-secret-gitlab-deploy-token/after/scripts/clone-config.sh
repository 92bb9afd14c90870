#!/usr/bin/env bash
set -euo pipefail
DEPLOY_TOKEN="gldt-FAKEbNf2MnLib3AGxpwu"
git clone "https://deploy:${DEPLOY_TOKEN}@gitlab.com/acme/config.git"
