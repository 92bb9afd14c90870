.PHONY: db-migrate db-reset

db-migrate:
	$(PSQL) -f db/schema.sql
