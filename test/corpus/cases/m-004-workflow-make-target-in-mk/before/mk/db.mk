DB_HOST ?= db-primary.prod.internal

.PHONY: db-reset db-import
db-reset:
	dropdb -h $(DB_HOST) ledger
	createdb -h $(DB_HOST) ledger
db-import:
	psql -h $(DB_HOST) ledger -f dump.sql
