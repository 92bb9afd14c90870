#!/usr/bin/env bash
set -euo pipefail
ruby -e 'ARGV.each { |t| system("dropdb", "-h", "tenants.internal.example.com", t) }' acme globex
perl -e 'system("kubectl", "delete", "namespace", "tenant-legacy") == 0 or die'
