-- migrate:up
ALTER TABLE orders ADD COLUMN gift_note text;
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_id_idx ON orders (customer_id);

-- migrate:down
DROP INDEX CONCURRENTLY IF EXISTS orders_customer_id_idx;
ALTER TABLE orders DROP COLUMN gift_note;
