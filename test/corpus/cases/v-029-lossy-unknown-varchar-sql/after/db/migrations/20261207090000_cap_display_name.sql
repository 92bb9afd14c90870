-- Display names are rendered in a 50-character badge.
ALTER TABLE customers ALTER COLUMN display_name TYPE varchar(50);
