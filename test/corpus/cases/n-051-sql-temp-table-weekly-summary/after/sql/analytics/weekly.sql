DROP TABLE IF EXISTS tmp_weekly_orders;
CREATE TEMP TABLE tmp_weekly_orders AS
SELECT date_trunc('week', created_at) AS week, count(*) AS orders
FROM orders
GROUP BY 1;

DELETE FROM weekly_summary WHERE week >= date_trunc('week', now()) - interval '1 week';
INSERT INTO weekly_summary (week, orders)
SELECT week, orders FROM tmp_weekly_orders;

DROP TABLE tmp_weekly_orders;
