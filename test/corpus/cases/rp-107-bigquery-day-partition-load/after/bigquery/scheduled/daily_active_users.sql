CREATE TABLE IF NOT EXISTS `acme-analytics.reporting.daily_active_users` (
  day DATE NOT NULL,
  dau INT64 NOT NULL
)
PARTITION BY day;

DELETE FROM `acme-analytics.reporting.daily_active_users`
WHERE day = @run_date;

INSERT INTO `acme-analytics.reporting.daily_active_users` (day, dau)
SELECT DATE(event_timestamp) AS day, COUNT(DISTINCT user_id) AS dau
FROM `acme-analytics.events.app_events`
WHERE DATE(event_timestamp) = @run_date
GROUP BY day;
