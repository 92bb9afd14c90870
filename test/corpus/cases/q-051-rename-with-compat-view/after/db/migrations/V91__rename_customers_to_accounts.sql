-- Expand/contract: the old name stays readable and writable through a view
-- until every service reads accounts (tracked in PLAT-2211).
ALTER TABLE customers RENAME TO accounts;
CREATE VIEW customers AS SELECT * FROM accounts;
