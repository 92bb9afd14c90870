locals {
  environment = "prod"
  protect     = false
}
