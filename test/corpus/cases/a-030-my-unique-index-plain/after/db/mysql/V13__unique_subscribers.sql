ALTER TABLE `subscribers` ADD UNIQUE INDEX `uq_email` (`email`);
ALTER TABLE `subscribers` ADD COLUMN `tier` INT NOT NULL;
