CREATE TABLE analytics.customers_rebuild CLONE analytics.customers;
UPDATE analytics.customers_rebuild SET region = UPPER(region);
ALTER TABLE analytics.customers SWAP WITH analytics.customers_rebuild;
