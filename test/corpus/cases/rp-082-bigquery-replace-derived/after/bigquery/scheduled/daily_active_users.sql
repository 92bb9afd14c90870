CREATE OR REPLACE TABLE `acme-analytics.reporting.daily_active_users`
PARTITION BY day AS
SELECT
  DATE(event_timestamp) AS day,
  COUNT(DISTINCT user_id) AS dau
FROM `acme-analytics.events.app_events`
WHERE event_timestamp >= TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 400 DAY)
GROUP BY day;
