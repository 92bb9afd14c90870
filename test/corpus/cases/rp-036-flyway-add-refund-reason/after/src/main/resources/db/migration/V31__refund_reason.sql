CREATE TABLE refund_reason (
    code        VARCHAR(32) PRIMARY KEY,
    label       VARCHAR(255) NOT NULL
);

INSERT INTO refund_reason (code, label) VALUES
    ('damaged', 'Item arrived damaged'),
    ('late', 'Delivered late'),
    ('other', 'Other');

ALTER TABLE refund ADD COLUMN reason_code VARCHAR(32) REFERENCES refund_reason (code);
