ALTER TABLE meters ALTER COLUMN serial TYPE varchar(64);
