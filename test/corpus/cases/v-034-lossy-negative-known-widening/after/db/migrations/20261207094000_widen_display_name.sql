ALTER TABLE customers ALTER COLUMN display_name TYPE varchar(50);
