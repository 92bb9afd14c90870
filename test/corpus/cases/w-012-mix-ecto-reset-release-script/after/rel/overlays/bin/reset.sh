#!/bin/sh
set -eu
cd "$(dirname "$0")/../.."
MIX_ENV=prod mix ecto.reset
