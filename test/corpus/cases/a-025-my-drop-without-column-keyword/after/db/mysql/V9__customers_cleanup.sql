ALTER TABLE `customers`
  DROP `middle_name`,
  DROP COLUMN `fax`,
  DROP INDEX `idx_fax`;
