-- repeatable: refresh the revenue rollup on every deploy
INSERT OVERWRITE INTO analytics.daily_revenue
SELECT order_date, SUM(amount) FROM analytics.orders GROUP BY order_date;
