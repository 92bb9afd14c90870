ALTER TABLE invoice ADD COLUMN tax_breakdown JSONB NOT NULL DEFAULT '{}'::jsonb;
CREATE INDEX idx_invoice_issued_at ON invoice (issued_at);
