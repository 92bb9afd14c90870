DATABASE_URL ?= postgres://ops@pg.prod.internal:5432/shop

db-reset:
	psql $(DATABASE_URL) -c 'DROP DATABASE shop'
