CREATE TABLE IF NOT EXISTS analytics.orders (
    order_id NUMBER(38,0) NOT NULL,
    customer_id NUMBER(38,0),
    amount NUMBER(12,2),
    created_at TIMESTAMP_NTZ
);
