ALTER TABLE customers ALTER COLUMN notes TYPE text;
ALTER TABLE customers ALTER COLUMN id TYPE bigint;
