locals {
  tags = {
    service     = "orders"
    env         = var.env
    cost_center = "cc-1142"
  }
}
