-- The full index on status is mostly 'delivered'; only open orders are queried by status.
DROP INDEX IF EXISTS idx_orders_status;
CREATE INDEX idx_orders_status_open ON orders (status) WHERE status <> 'delivered';
