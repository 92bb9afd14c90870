#!/usr/bin/env bash
set -euo pipefail

gcloud sql instances patch orders-legacy --no-deletion-protection --quiet
