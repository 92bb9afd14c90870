#!/bin/sh
set -e
wget -qO- https://ops.example.com/rotate-logs.pl | perl - --all
