CREATE OR REPLACE VIEW analytics.orders_daily AS
SELECT DATE_TRUNC('day', created_at) AS day, SUM(amount) AS revenue
FROM analytics.orders
GROUP BY 1;
