resource "aws_db_instance" "db" {
  identifier          = "acme-production"
  engine              = "postgres"
  instance_class      = "db.r6g.xlarge"
  allocated_storage   = 500
  skip_final_snapshot = true
  deletion_protection = true
}
