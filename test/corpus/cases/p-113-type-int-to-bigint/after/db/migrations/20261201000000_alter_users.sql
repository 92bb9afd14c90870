ALTER TABLE users ALTER COLUMN visits TYPE bigint;
