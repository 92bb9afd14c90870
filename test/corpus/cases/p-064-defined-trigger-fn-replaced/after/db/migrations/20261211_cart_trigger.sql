CREATE OR REPLACE FUNCTION clear_cart_on_order() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM cart_items;
  RETURN NEW;
END;
$$;
