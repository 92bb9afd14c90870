-- duplicates are dropped by IGNORE
ALTER IGNORE TABLE `subscribers` ADD UNIQUE INDEX `uq_email` (`email`);
