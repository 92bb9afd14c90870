-- Modify "pets" table
ALTER TABLE `pets` DROP FOREIGN KEY `owner_fk`, DROP COLUMN `owner_id`;
