DB_HOST ?= db-primary.prod.internal

.PHONY: db-reset db-check
db-reset:
	dropdb -h $(DB_HOST) ledger
db-check:
	psql -h $(DB_HOST) ledger -c 'SELECT count(*) FROM entries'
