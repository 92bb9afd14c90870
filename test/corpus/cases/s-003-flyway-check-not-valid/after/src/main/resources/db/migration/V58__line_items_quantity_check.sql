-- Added NOT VALID so the ALTER does not scan the table under an exclusive lock;
-- V59 validates it with only a SHARE UPDATE EXCLUSIVE lock.
ALTER TABLE line_items
  ADD CONSTRAINT line_items_quantity_positive CHECK (quantity > 0) NOT VALID;
