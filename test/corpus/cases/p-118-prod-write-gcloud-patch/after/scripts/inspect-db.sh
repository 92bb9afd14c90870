#!/bin/sh
set -e
gcloud sql instances patch acme-db --project acme-prod --tier db-custom-2-7680
