#!/usr/bin/env bash
set -euo pipefail

cd infra/analytics
pulumi login "$PULUMI_BACKEND_URL"
pulumi destroy --yes --skip-preview
