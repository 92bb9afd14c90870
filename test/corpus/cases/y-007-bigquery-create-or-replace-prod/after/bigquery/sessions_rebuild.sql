CREATE OR REPLACE TABLE `acme-prod.web.sessions`
PARTITION BY DATE(started_at) AS
SELECT session_id, user_id, started_at
FROM `acme-prod.web.raw_hits`
GROUP BY 1, 2, 3;
