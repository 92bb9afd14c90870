-- migrate:up
ALTER TABLE meters ALTER COLUMN serial TYPE varchar(48);

-- migrate:down
ALTER TABLE meters ALTER COLUMN serial TYPE varchar(24);
