#!/usr/bin/env bash
set -euo pipefail

gcloud sql instances patch orders --tier db-custom-4-16384 --quiet
gcloud sql instances patch orders --deletion-protection
