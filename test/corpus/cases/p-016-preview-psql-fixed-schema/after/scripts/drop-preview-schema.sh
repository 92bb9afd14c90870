#!/bin/sh
set -e
psql "$DATABASE_URL" -c "DROP SCHEMA IF EXISTS reporting CASCADE"
