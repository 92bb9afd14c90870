drop   table if exists   users cascade;
