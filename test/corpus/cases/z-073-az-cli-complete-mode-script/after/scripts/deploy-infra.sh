#!/usr/bin/env bash
set -euo pipefail
az deployment group create \
  --resource-group rg-orders-prod \
  --template-file infra/main.bicep \
  --mode Complete
