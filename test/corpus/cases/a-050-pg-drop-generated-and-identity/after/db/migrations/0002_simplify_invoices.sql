ALTER TABLE invoices DROP COLUMN gross;
ALTER TABLE invoices DROP COLUMN number;
