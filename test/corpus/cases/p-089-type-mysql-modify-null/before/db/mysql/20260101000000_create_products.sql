CREATE TABLE products (
  id int PRIMARY KEY,
  stock int NOT NULL
);
