ALTER TABLE warehouse.page_views DROP IF EXISTS PARTITION (ds < '2021-01-01');
