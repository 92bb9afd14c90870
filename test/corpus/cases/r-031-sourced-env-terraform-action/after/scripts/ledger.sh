#!/bin/sh
set -eu
. ops/ledger.env.sh
cd "$TF_DIR"
terraform "$TF_ACTION" -auto-approve -input=false
