#!/usr/bin/env bash
set -euo pipefail
expect -c '
  spawn ssh deploy@db1.internal
  expect "$ "
  send "dropdb orders\r"
  expect "$ "
  send "exit\r"
'
