ALTER TABLE events ADD COLUMN attempts smallint NOT NULL DEFAULT 0;
