PRAGMA foreign_keys = off;
CREATE TABLE `new_users` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `name` text NOT NULL, `email` text NULL);
INSERT INTO `new_users` (`id`, `name`, `email`) SELECT `id`, IFNULL(`name`, ''), `email` FROM `users`;
DROP TABLE `users`;
ALTER TABLE `new_users` RENAME TO `users`;
PRAGMA foreign_keys = on;
