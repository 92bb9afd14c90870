ALTER TABLE line_items ALTER COLUMN quantity TYPE integer;
