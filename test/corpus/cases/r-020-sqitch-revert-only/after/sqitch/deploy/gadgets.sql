-- Deploy shop:gadgets to pg

BEGIN;
CREATE TABLE shop.gadgets (id serial PRIMARY KEY, name text NOT NULL);
COMMIT;
