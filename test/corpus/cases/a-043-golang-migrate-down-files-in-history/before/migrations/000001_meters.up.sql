CREATE TABLE meters (id bigint PRIMARY KEY, serial varchar(24) NOT NULL);
