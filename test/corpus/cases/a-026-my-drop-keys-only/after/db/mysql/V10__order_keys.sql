ALTER TABLE `orders` DROP FOREIGN KEY `fk_orders_user`;
ALTER TABLE `orders` DROP PRIMARY KEY, ADD PRIMARY KEY (`id`, `tenant_id`);
ALTER TABLE `orders` DROP KEY `uq_orders_ref`, DROP CHECK `chk_total`;
