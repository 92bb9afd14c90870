ALTER TABLE events ALTER COLUMN attempts TYPE integer;
