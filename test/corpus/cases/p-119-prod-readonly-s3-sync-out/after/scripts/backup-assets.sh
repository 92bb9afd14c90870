#!/bin/sh
set -e
aws s3 sync s3://acme-prod-assets ./backup/assets --profile prod
