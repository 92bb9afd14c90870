#!/usr/bin/env bash
set -euo pipefail
rabbitmqadmin -H mq.acme.internal -u admin -p "$MQ_PASSWORD" purge queue name=invoices
