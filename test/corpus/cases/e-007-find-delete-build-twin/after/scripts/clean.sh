#!/bin/sh
set -eu
find ./build -name '*.o' -delete
find . -name '__pycache__' -type d -exec rm -rf {} +
find /var/lib/apt/lists -type f -delete
ls -d dist/* | xargs rm -rf
