CREATE TABLE `users` (
  `id` int NOT NULL,
  `first_name` varchar(50) NOT NULL,
  `last_name` varchar(50) NOT NULL,
  `full_name` varchar(101) AS (CONCAT(`first_name`, ' ', `last_name`)) VIRTUAL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB;
