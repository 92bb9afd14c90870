#!/usr/bin/env bash
set -euo pipefail

firebase firestore:delete sessions --recursive --force
