CREATE TABLE users_new LIKE users;
ALTER TABLE users_new ADD COLUMN locale VARCHAR(8) NULL;
INSERT INTO users_new (id, email, name) SELECT id, email, name FROM users;
RENAME TABLE users TO users_old, users_new TO users;
DROP TABLE users_old;
