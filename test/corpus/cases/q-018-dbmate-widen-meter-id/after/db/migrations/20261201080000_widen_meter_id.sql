-- migrate:up
ALTER TABLE meter_readings ALTER COLUMN meter_id TYPE integer;

-- migrate:down
ALTER TABLE meter_readings ALTER COLUMN meter_id TYPE smallint;
