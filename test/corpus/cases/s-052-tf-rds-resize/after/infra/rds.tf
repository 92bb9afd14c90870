resource "aws_db_instance" "main" {
  identifier              = "acme-main"
  engine                  = "postgres"
  engine_version          = "16.4"
  instance_class          = "db.r6g.2xlarge"
  allocated_storage       = 800
  max_allocated_storage   = 2000
  storage_encrypted       = true
  deletion_protection     = true
  backup_retention_period = 14
  skip_final_snapshot     = false
  apply_immediately       = false
  tags = {
    team = "platform"
  }
}
