ALTER TABLE events ALTER COLUMN attempts TYPE bigint;
