#!/bin/sh
set -e
psql postgres://app@db.prod.acme.internal:5432/app -c "UPDATE orders SET status = 'void' WHERE id = 42"
