#!/usr/bin/env bash
set -euo pipefail
vault secrets disable secret/
vault secrets enable -path=secret kv-v2
