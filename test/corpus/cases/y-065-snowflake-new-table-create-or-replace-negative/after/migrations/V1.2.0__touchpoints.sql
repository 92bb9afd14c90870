CREATE OR REPLACE TABLE analytics.touchpoints (
    touchpoint_id NUMBER(38,0) NOT NULL,
    channel VARCHAR(64),
    occurred_at TIMESTAMP_NTZ
);
