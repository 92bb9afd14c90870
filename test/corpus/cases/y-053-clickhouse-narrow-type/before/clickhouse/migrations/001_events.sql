CREATE TABLE IF NOT EXISTS analytics.events
(
    event_date Date,
    user_id UInt64,
    event_type LowCardinality(String),
    payload String
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(event_date)
ORDER BY (event_date, user_id)
TTL event_date + INTERVAL 365 DAY;
