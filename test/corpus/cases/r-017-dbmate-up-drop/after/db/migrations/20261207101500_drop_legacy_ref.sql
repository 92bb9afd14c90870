-- migrate:up
ALTER TABLE orders DROP COLUMN legacy_ref;

-- migrate:down
ALTER TABLE orders ADD COLUMN legacy_ref text;
