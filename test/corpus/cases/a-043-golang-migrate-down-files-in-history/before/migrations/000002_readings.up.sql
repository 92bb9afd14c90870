CREATE TABLE readings (id bigint PRIMARY KEY, meter_id bigint);
