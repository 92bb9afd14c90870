-- migrate:up
DROP TABLE IF EXISTS users;
CREATE TABLE users (
    id bigint NOT NULL,
    email character varying NOT NULL
);

-- migrate:down
DROP TABLE users;
