resource "aws_db_instance" "orders" {
  identifier              = local.db_name
  engine                  = "postgres"
  instance_class          = "db.r6g.large"
  allocated_storage       = 100
  deletion_protection     = var.protect_databases
  skip_final_snapshot     = local.skip_snapshot
  backup_retention_period = 14
  tags                    = local.tags
}

resource "aws_lb" "api" {
  name               = local.lb_name
  load_balancer_type = "application"
  subnets            = var.public_subnets
}

resource "aws_dynamodb_table" "sessions" {
  name         = "sessions"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = var.session_key

  attribute {
    name = var.session_key
    type = "S"
  }
}
