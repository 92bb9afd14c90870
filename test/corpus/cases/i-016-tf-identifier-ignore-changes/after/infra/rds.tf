resource "aws_db_instance" "orders" {
  identifier          = "prod-orders-pg"
  engine              = "postgres"
  instance_class      = "db.r6g.large"
  deletion_protection = true

  lifecycle {
    ignore_changes = [identifier]
  }
}
