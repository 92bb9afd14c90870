INSERT INTO products (sku)
SELECT sku FROM legacy_sku_import
ON CONFLICT (sku) DO NOTHING;

DROP TABLE legacy_sku_import;
