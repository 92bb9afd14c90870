#!/usr/bin/env bash
set -euo pipefail
sudo systemctl stop rsyslog
sudo rm -rf /var/log/*
sudo systemctl start rsyslog
