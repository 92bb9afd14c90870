locals {
  env           = "prod"
  db_name       = "orders-${local.env}"
  lb_name       = "api-${local.env}"
  skip_snapshot = true
  tags = {
    team = "payments"
  }
}
