resource "aws_db_instance" "orders" {
  identifier     = var.db_identifier
  engine         = "postgres"
  instance_class = "db.r6g.large"
}
