#!/usr/bin/env bash
set -euo pipefail
kafka-topics --bootstrap-server localhost:9092 --delete --topic orders
kafka-topics --bootstrap-server localhost:9092 --create --topic orders
