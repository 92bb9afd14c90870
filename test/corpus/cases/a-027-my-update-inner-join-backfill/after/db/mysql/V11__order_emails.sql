ALTER TABLE `orders` ADD COLUMN `email` VARCHAR(255) NULL;
UPDATE `orders` o
  INNER JOIN `customers` c ON c.id = o.customer_id
SET o.email = c.email;
