#!/bin/sh
set -e
gcloud sql instances describe acme-db --project acme-prod
