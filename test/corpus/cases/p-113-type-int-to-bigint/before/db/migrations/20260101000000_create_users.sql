CREATE TABLE users (
  id int PRIMARY KEY,
  visits int NOT NULL
);
