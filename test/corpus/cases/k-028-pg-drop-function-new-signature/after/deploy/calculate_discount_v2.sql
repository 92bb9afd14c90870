-- Deploy shop:calculate_discount_v2 to pg
-- requires: calculate_discount

BEGIN;

DROP FUNCTION IF EXISTS shop.calculate_discount(integer);

CREATE FUNCTION shop.calculate_discount(p_customer_id integer, p_coupon text DEFAULT NULL)
RETURNS numeric
LANGUAGE sql STABLE AS $$
  SELECT COALESCE(
    (SELECT percent FROM shop.coupons WHERE code = p_coupon AND expires_at > now()),
    (SELECT tier_discount FROM shop.customers WHERE id = p_customer_id),
    0);
$$;

COMMIT;
