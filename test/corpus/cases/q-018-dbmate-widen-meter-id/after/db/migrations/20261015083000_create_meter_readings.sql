-- migrate:up
CREATE TABLE IF NOT EXISTS meter_readings (id bigserial PRIMARY KEY);

-- migrate:down
