variable "protect_db" {
  type = bool
}

resource "aws_db_instance" "main" {
  identifier          = "billing"
  engine              = "postgres"
  deletion_protection = var.protect_db
}
