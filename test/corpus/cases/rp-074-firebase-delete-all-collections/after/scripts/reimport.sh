#!/usr/bin/env bash
set -euo pipefail
PROJECT="${FIREBASE_PROJECT:-acme-mobile-prod}"
EXPORT="gs://acme-mobile-backups/2026-11-14"

firebase use "$PROJECT"
firebase firestore:delete --all-collections --project "$PROJECT" --force
gcloud firestore import "$EXPORT" --project "$PROJECT"
