ALTER TABLE analytics.events MODIFY COLUMN user_id UInt8;
