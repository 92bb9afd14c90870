DELETE FROM orders
  USING stores;
