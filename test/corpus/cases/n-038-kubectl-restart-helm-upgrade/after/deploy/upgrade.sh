#!/usr/bin/env bash
set -euo pipefail
helm upgrade --install web ./charts/web --namespace web --set image.tag="$GIT_SHA" --wait
