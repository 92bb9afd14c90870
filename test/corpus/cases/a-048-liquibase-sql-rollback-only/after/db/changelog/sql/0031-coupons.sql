--liquibase formatted sql

--changeset shop:31
CREATE TABLE coupons (id bigint PRIMARY KEY, code varchar(32) NOT NULL);
--rollback DROP TABLE coupons;
