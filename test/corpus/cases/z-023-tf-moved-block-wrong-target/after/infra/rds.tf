resource "aws_db_instance" "orders_primary" {
  identifier          = "orders-prod"
  engine              = "postgres"
  instance_class      = "db.r6g.large"
  allocated_storage   = 200
  deletion_protection = true
}

    moved {
      from = aws_db_instance.order
      to   = aws_db_instance.orders_primary
    }
