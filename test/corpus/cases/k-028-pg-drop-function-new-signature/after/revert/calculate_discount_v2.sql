-- Revert shop:calculate_discount_v2 from pg
BEGIN;
DROP FUNCTION IF EXISTS shop.calculate_discount(integer, text);
COMMIT;
