#!/usr/bin/env bash
set -euo pipefail
bash <(sed "s/__TENANT__/${TENANT:?}/g" scripts/templates/provision.sh.tmpl)
source <(helm completion bash)
