-- schemachange: add clustering to orders
CREATE OR REPLACE TABLE analytics.orders (
    order_id NUMBER(38,0) NOT NULL,
    customer_id NUMBER(38,0),
    amount NUMBER(12,2),
    created_at TIMESTAMP_NTZ
) CLUSTER BY (created_at);
