locals {
  tags = {
    service = "orders"
    env     = var.env
  }
}
