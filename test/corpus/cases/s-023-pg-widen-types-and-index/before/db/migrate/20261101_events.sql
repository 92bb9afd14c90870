CREATE TABLE events (id integer PRIMARY KEY, source varchar(64) NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX events_source_idx ON events (source);
ALTER TABLE events ADD CONSTRAINT events_source_check CHECK (length(source) > 0);
