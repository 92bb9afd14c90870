ALTER TABLE audit_events ALTER COLUMN occurred_at TYPE date;
