ALTER TABLE sessions ADD COLUMN last_seen timestamptz;
