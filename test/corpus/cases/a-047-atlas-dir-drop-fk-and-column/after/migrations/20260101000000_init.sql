CREATE TABLE `pets` (`id` int NOT NULL, `owner_id` int NULL, PRIMARY KEY (`id`), CONSTRAINT `owner_fk` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`)) ENGINE=InnoDB;
