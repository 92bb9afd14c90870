INSERT INTO staging.orders (order_id, customer_id, order_date, total)
SELECT o.id, o.customer_id, o.created_at::date, o.total
FROM replica.orders AS o
WHERE o.created_at::date = '{{ ds }}';
