#!/bin/sh
set -e
su - postgres -c "dropdb --if-exists ledger"
su - postgres -c "pg_restore -C -d postgres /backups/ledger.dump"
