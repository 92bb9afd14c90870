DROP INDEX CONCURRENTLY IF EXISTS orders_shipping_region_idx;
ALTER TABLE orders DROP COLUMN IF EXISTS shipping_region;
