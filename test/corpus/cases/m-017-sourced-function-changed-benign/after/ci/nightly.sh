#!/bin/sh
set -eu
. ./ci/functions
cleanup_db "$WAREHOUSE_URL"
