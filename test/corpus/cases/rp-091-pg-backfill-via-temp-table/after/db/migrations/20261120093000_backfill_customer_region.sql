CREATE TEMP TABLE region_map (country_code char(2) PRIMARY KEY, region text NOT NULL);

INSERT INTO region_map (country_code, region) VALUES
  ('DE', 'emea'), ('FR', 'emea'), ('US', 'amer'), ('CA', 'amer'), ('JP', 'apac');

UPDATE customers c
SET region = m.region
FROM region_map m
WHERE c.country_code = m.country_code
  AND c.region IS NULL;

DROP TABLE region_map;
