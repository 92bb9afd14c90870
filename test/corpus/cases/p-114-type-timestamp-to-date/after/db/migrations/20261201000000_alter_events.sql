ALTER TABLE events ALTER COLUMN happened_at TYPE date;
