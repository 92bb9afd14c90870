CREATE TABLE invoices (
  id bigserial PRIMARY KEY,
  total numeric(12,4) NOT NULL
);
