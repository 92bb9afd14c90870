-- Orders created before multi-currency support were all in euros.
UPDATE orders
   SET currency = 'EUR'
 WHERE currency IS NULL
   AND created_at < '2026-11-01';

ALTER TABLE orders ALTER COLUMN currency SET DEFAULT 'EUR';
