#!/bin/sh
set -e
echo "$CA_BUNDLE_B64" | base64 -d > /tmp/ca.pem
curl --cacert /tmp/ca.pem -fsS https://internal.example.com/health
