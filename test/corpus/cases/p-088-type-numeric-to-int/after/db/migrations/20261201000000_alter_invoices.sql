ALTER TABLE invoices ALTER COLUMN total TYPE integer;
