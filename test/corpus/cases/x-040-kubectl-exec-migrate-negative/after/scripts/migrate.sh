#!/usr/bin/env bash
set -euo pipefail

kubectl -n api exec deploy/api -- bin/rails db:migrate
kubectl -n api exec deploy/api -- bin/rails runner "puts User.count"
