#!/bin/sh
set -eu
MIX_ENV=test mix ecto.reset
mix test
