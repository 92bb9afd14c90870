#!/usr/bin/env bash
set -euo pipefail
pulumi state delete 'urn:pulumi:prod::billing::aws:rds/instance:Instance::billing-db' --yes
