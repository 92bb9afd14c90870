CREATE SCHEMA tariff_load;
CREATE TABLE tariff_load.raw (code text, rate numeric(8,4));
INSERT INTO tariffs (code, rate) SELECT code, rate FROM tariff_load.raw;
DROP SCHEMA tariff_load CASCADE;
