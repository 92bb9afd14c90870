ALTER TABLE invoice RENAME TO invoices;
ALTER TABLE invoices RENAME COLUMN amt TO amount_cents;
ALTER INDEX invoice_pkey RENAME TO invoices_pkey;
