#!/usr/bin/env bash
set -euo pipefail
kubectl delete crd certificates.cert-manager.io issuers.cert-manager.io clusterissuers.cert-manager.io
helm upgrade --install cert-manager jetstack/cert-manager --set installCRDs=true
