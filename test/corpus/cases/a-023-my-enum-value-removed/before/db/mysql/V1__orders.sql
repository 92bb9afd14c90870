CREATE TABLE orders (id BIGINT PRIMARY KEY, status ENUM('new','paid','refunded') NOT NULL) ENGINE=InnoDB;
