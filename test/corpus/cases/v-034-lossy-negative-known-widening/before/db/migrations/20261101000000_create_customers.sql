CREATE TABLE customers (
  id bigserial PRIMARY KEY,
  display_name varchar(20) NOT NULL
);
