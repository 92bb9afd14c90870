resource "aws_db_instance" "main" {
  identifier          = "billing"
  engine              = "postgres"
  deletion_protection = true
}
