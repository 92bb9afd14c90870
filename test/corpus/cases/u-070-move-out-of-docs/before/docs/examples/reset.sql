DROP TABLE sessions;
DROP TABLE carts;
