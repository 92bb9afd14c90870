db_identifier = "orders"
