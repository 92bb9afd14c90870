#!/bin/sh
set -eu
. ops/ledger.env.sh
cd "$TF_DIR"
terraform "$TF_ACTION" -input=false -out=tfplan
