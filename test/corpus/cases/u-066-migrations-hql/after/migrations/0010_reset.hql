USE warehouse;
DROP TABLE warehouse.events PURGE;
