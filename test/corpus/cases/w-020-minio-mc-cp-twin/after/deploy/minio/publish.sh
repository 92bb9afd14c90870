#!/bin/sh
set -e
mc alias set prod https://minio.acme.internal "$MINIO_USER" "$MINIO_PASSWORD"
mc cp --recursive ./dist/ prod/artifacts/
mc rm prod/artifacts/latest.txt
