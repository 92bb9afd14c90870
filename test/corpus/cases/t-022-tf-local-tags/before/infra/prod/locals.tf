locals {
  env           = "prod"
  db_name       = "orders-${local.env}"
  lb_name       = "api-${local.env}"
  skip_snapshot = false
  tags = {
    team = "payments"
  }
}
