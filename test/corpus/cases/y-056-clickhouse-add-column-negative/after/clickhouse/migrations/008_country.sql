ALTER TABLE analytics.events ADD COLUMN IF NOT EXISTS country LowCardinality(String) DEFAULT '' AFTER user_id;
ALTER TABLE analytics.events MODIFY TTL event_date + INTERVAL 730 DAY;
