resource "aws_db_instance" "main" {
  identifier              = "acme-main"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.r6g.xlarge"
  allocated_storage       = 500
  storage_encrypted       = true
  deletion_protection     = true
  backup_retention_period = 14
  skip_final_snapshot     = false
  apply_immediately       = false
}
