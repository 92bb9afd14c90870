#!/bin/sh
set -e
psql postgres://readonly@db.prod.acme.internal:5432/app -c 'SELECT count(*) FROM orders'
