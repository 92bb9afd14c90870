CREATE TABLE legacy_sku_import (sku text NOT NULL);

INSERT INTO legacy_sku_import (sku)
VALUES ('LEG-0001'), ('LEG-0002'), ('LEG-0003');

INSERT INTO products (sku)
SELECT sku FROM legacy_sku_import
ON CONFLICT (sku) DO NOTHING;

DROP TABLE legacy_sku_import;
