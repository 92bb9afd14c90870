.PHONY: db-migrate db-reset

db-migrate:
	$(PSQL) -f db/schema.sql
db-reset:
	$(DB_CMD) $(DROP_FLAGS)
	$(PSQL) -f db/schema.sql
