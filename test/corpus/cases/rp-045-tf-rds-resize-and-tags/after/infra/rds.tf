resource "aws_db_subnet_group" "main" {
  name       = "orders-${var.env}"
  subnet_ids = var.private_subnet_ids
}

resource "aws_db_instance" "orders" {
  identifier                = "orders-${var.env}"
  engine                    = "postgres"
  engine_version            = "16.3"
  instance_class            = var.db_instance_class
  allocated_storage         = 400
  max_allocated_storage     = 1000
  storage_encrypted         = true
  db_subnet_group_name      = aws_db_subnet_group.main.name
  username                  = "orders"
  manage_master_user_password = true
  backup_retention_period   = 14
  deletion_protection       = true
  skip_final_snapshot       = false
  final_snapshot_identifier = "orders-${var.env}-final"

  tags = local.tags
}
