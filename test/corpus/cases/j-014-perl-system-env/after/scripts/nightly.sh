#!/usr/bin/env bash
set -euo pipefail
perl -e 'system($ENV{CLEANUP_CMD}) == 0 or die "cleanup failed"'
