PRAGMA foreign_keys = off;
CREATE TABLE `new_users` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `name` text NOT NULL);
INSERT INTO `new_users` (`id`, `name`) SELECT `id`, IFNULL(`name`, '') FROM `users`;
DROP TABLE `users`;
ALTER TABLE `new_users` RENAME TO `users`;
PRAGMA foreign_keys = on;
