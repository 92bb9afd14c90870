ALTER TABLE analytics.events MODIFY TTL event_date + INTERVAL 7 DAY;
