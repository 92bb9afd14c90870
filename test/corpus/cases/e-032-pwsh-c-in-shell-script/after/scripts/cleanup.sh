#!/usr/bin/env bash
set -euo pipefail
pwsh -NoProfile -Command "Remove-AzStorageAccount -ResourceGroupName rg-shop-prod -Name shopassets -Force"
