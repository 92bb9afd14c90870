#!/bin/sh
# Installed as /etc/cron.daily/prune-logs on the app hosts.
set -eu
find /var/log/acme -type f -name '*.log.*' -mtime +14 -delete
find /tmp -maxdepth 1 -name 'acme-upload-*' -mmin +120 -exec rm -f {} +
