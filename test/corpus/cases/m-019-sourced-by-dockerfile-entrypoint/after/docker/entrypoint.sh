#!/bin/sh
set -e
. /app/docker/boot.rc
exec "$@"
