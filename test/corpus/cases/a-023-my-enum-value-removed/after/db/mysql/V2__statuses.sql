ALTER TABLE orders MODIFY status ENUM('new','paid') NOT NULL;
