-- Deploy shop:drop_widgets to pg

BEGIN;
DROP TABLE shop.widgets;
COMMIT;
