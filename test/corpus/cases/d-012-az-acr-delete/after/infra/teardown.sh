#!/usr/bin/env bash
set -euo pipefail
az acr delete --name acmeprodregistry --resource-group platform --yes
