#!/bin/sh
set -e
RAILS_ENV=test psql postgres://app@db.acme.io/app -c 'DROP TABLE sessions'
