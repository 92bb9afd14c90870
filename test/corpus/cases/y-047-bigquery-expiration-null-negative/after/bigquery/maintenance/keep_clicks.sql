ALTER TABLE `acme-prod.web.clickstream`
SET OPTIONS (expiration_timestamp = NULL);
