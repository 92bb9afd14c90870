CREATE TABLE customers (
  id bigserial PRIMARY KEY,
  email varchar(255) NOT NULL
);
