-- Everything is in euros now.
UPDATE orders
   SET currency = 'EUR';

ALTER TABLE orders ALTER COLUMN currency SET DEFAULT 'EUR';
