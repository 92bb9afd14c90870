SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

ALTER TABLE IF EXISTS ONLY public.orders DROP CONSTRAINT IF EXISTS orders_user_id_fkey;
DROP INDEX IF EXISTS public.index_orders_on_user_id;
ALTER TABLE IF EXISTS ONLY public.users DROP CONSTRAINT IF EXISTS users_pkey;
DROP TABLE IF EXISTS public.users;
DROP TABLE IF EXISTS public.gift_cards;
DROP TABLE IF EXISTS public.orders;

CREATE TABLE public.orders (
    id bigint NOT NULL,
    user_id bigint NOT NULL
);

CREATE TABLE public.gift_cards (
    id bigint NOT NULL,
    code character varying NOT NULL,
    balance_cents integer DEFAULT 0 NOT NULL
);

CREATE TABLE public.users (
    id bigint NOT NULL,
    email character varying NOT NULL
);

INSERT INTO "schema_migrations" (version) VALUES
('20261101090000'),
('20261207101500');
