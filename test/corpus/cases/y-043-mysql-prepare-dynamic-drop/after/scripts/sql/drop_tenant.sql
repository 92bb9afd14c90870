SET @tenant = 'acme';
SET @sql = CONCAT('DROP TABLE IF EXISTS tenant_', @tenant, '_orders');
PREPARE stmt FROM @sql;
EXECUTE stmt;
DEALLOCATE PREPARE stmt;
