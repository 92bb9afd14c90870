-- migrate:up
ALTER TABLE meter_readings ALTER COLUMN reading_kwh TYPE integer;

-- migrate:down
ALTER TABLE meter_readings ALTER COLUMN reading_kwh TYPE numeric(12,3);
