CREATE TABLE products (
  id int PRIMARY KEY,
  price DECIMAL(10,2) NOT NULL
);
