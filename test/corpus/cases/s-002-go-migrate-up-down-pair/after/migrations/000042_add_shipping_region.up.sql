ALTER TABLE orders ADD COLUMN shipping_region text;
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_shipping_region_idx ON orders (shipping_region);
