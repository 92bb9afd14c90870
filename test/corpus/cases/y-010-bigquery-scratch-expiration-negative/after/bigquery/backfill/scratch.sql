CREATE TABLE `acme-dev.scratch.backfill_ids`
OPTIONS (expiration_timestamp = TIMESTAMP_ADD(CURRENT_TIMESTAMP(), INTERVAL 3 DAY))
AS SELECT DISTINCT user_id FROM `acme-dev.web.raw_hits`;
