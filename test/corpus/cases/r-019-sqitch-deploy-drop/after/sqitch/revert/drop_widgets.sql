-- Revert shop:drop_widgets from pg

BEGIN;
CREATE TABLE shop.widgets (id serial PRIMARY KEY, name text);
COMMIT;
