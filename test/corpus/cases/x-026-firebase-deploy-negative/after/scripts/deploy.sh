#!/usr/bin/env bash
set -euo pipefail

firebase deploy --only functions,firestore:rules
