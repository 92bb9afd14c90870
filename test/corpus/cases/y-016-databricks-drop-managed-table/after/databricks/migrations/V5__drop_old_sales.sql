DROP TABLE IF EXISTS main.sales.orders_2019;
