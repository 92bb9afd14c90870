-- +goose Up
CREATE TABLE meters (id bigint PRIMARY KEY, serial varchar(48) NOT NULL);
-- +goose Down
DROP TABLE meters;
