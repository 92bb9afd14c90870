#!/usr/bin/env bash
set -euo pipefail
kubectl -n workers scale statefulset/rabbitmq --replicas=0
kubectl -n workers delete pvc data-rabbitmq-0 data-rabbitmq-1 data-rabbitmq-2
kubectl -n workers scale statefulset/rabbitmq --replicas=3
