ALTER TABLE analytics.events MODIFY TTL event_date + INTERVAL 30 DAY TO VOLUME 'cold';
