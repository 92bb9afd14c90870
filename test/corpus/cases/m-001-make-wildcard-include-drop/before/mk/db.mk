# Database settings shared by every target.
DB_URL ?= postgres://app@db.internal:5432/app
DROP_SQL := DROP SCHEMA reporting CASCADE
