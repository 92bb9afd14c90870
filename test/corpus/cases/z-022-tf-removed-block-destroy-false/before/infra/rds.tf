resource "aws_db_instance" "reporting" {
  identifier          = "reporting-prod"
  engine              = "postgres"
  instance_class      = "db.r6g.large"
  allocated_storage   = 200
  deletion_protection = true
}
