locals {
  env           = "prod"
  db_name       = "orders-${local.env}-euw1"
  lb_name       = "api-${local.env}"
  skip_snapshot = false
  tags = {
    team = "payments"
  }
}
