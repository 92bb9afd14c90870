CREATE UNIQUE INDEX CONCURRENTLY customers_email_key ON customers (lower(email));
ALTER TABLE customers ADD COLUMN marketing_opt_in boolean NOT NULL;
