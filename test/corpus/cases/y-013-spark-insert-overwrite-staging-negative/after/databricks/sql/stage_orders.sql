CREATE TABLE IF NOT EXISTS staging.orders_load (id BIGINT, amount DECIMAL(12,2)) USING DELTA;
INSERT OVERWRITE staging.orders_load SELECT id, amount FROM raw.orders_feed;
MERGE INTO main.orders t USING staging.orders_load s ON t.id = s.id
WHEN MATCHED THEN UPDATE SET t.amount = s.amount
WHEN NOT MATCHED THEN INSERT *;
