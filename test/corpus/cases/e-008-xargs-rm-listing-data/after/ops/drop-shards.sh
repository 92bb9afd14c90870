#!/usr/bin/env bash
set -euo pipefail
ls /var/lib/elasticsearch/nodes | xargs -I{} sudo rm -rf /var/lib/elasticsearch/nodes/{}
