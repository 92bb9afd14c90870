# Database settings shared by every target.
DB_URL ?= postgres://app@db.internal:5432/app
COUNT_SQL := SELECT count(*) FROM reporting.events
