#!/bin/sh
set -e
aws s3 sync ./build s3://acme-prod-assets --delete --profile prod
