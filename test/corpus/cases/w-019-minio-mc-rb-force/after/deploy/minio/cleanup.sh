#!/bin/sh
set -e
mc alias set prod https://minio.acme.internal "$MINIO_USER" "$MINIO_PASSWORD"
mc rb --force prod/artifacts
