#!/usr/bin/env bash
set -euo pipefail

cd infra/live
terraform init -input=false
terraform apply -auto-approve -replace=aws_db_instance.ledger
