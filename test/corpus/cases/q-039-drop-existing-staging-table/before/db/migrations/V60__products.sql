CREATE TABLE products (id bigserial PRIMARY KEY, sku text NOT NULL UNIQUE);
CREATE TABLE legacy_sku_import (sku text NOT NULL);
