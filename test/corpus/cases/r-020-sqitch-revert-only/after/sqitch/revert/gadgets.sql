-- Revert shop:gadgets from pg

BEGIN;
DROP TABLE shop.gadgets;
COMMIT;
