CREATE TABLE customers (
  id bigserial PRIMARY KEY,
  email varchar(100) NOT NULL
);
