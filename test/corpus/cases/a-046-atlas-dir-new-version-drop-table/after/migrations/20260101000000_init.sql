CREATE TABLE `users` (`id` int NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE `pets` (`id` int NOT NULL, `owner_id` int NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
