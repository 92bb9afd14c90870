ALTER TABLE `acme-prod.analytics.events`
SET OPTIONS (partition_expiration_days = 1);
