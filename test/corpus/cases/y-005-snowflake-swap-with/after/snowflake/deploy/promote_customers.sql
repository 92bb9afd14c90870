USE SCHEMA analytics;
CREATE TABLE customers_rebuild CLONE customers;
UPDATE customers_rebuild SET region = UPPER(region);
ALTER TABLE customers SWAP WITH customers_rebuild;
DROP TABLE customers_rebuild;
