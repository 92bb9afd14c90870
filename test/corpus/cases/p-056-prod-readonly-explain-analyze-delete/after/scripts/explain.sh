#!/bin/sh
set -e
psql postgres://app@db.prod.acme.internal:5432/app -c 'EXPLAIN ANALYZE DELETE FROM sessions WHERE expires_at < now()'
