-- Modify "users" table
ALTER TABLE `users` DROP COLUMN `full_name`;
