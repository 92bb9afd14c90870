#!/bin/sh
set -e
git clone https://github.com/acme/infra-scripts.git /opt/infra-scripts
cd /opt/infra-scripts
./provision.sh analytics
