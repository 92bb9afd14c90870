ALTER TABLE events ALTER COLUMN id TYPE bigint;
ALTER TABLE events ALTER COLUMN source TYPE varchar(255);
DROP INDEX CONCURRENTLY IF EXISTS events_source_idx;
CREATE INDEX CONCURRENTLY events_source_created_idx ON events (source, created_at);
ALTER TABLE events DROP CONSTRAINT IF EXISTS events_source_check;
ALTER TABLE events ADD CONSTRAINT events_source_check CHECK (source <> '') NOT VALID;
