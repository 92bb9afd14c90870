CREATE OR REPLACE TABLE `acme.analytics.events` AS
SELECT * FROM `acme.analytics.events_staging`;
