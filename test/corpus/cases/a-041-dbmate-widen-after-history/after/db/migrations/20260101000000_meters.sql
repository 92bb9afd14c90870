-- migrate:up
CREATE TABLE meters (id bigint PRIMARY KEY, serial varchar(24) NOT NULL);

-- migrate:down
DROP TABLE meters;
