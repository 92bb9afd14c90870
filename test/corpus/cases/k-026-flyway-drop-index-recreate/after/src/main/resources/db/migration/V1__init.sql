CREATE TABLE orders (id bigserial PRIMARY KEY, status text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX idx_orders_status ON orders (status);
