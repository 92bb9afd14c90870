#!/usr/bin/env bash
set -euo pipefail

docker exec -u postgres pg-main dropdb tenant_acme
