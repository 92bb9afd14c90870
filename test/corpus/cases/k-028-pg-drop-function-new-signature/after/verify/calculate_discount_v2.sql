-- Verify shop:calculate_discount_v2 on pg
BEGIN;
SELECT has_function_privilege('shop.calculate_discount(integer, text)', 'execute');
ROLLBACK;
