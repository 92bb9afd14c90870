-- legacy VAT fields are now part of tax_breakdown
ALTER TABLE invoice
    DROP COLUMN legacy_vat_rate,
    DROP COLUMN legacy_vat_amount;
