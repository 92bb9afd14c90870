SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

CREATE TABLE public.customers (
    id bigint NOT NULL,
    email character varying NOT NULL,
    nickname character varying(40)
);

CREATE TABLE public.audit_trails (
    id bigint NOT NULL,
    action character varying,
    created_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.schema_migrations (
    version character varying NOT NULL
);

INSERT INTO "schema_migrations" (version) VALUES
('20261101120000');

