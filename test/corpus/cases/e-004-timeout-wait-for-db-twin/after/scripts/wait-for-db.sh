#!/usr/bin/env bash
set -euo pipefail
timeout 60 bash -c 'until pg_isready -h "$PGHOST"; do sleep 1; done'
flock /tmp/migrate.lock bundle exec rails db:migrate
su - postgres -c "psql -c 'SELECT 1'"
