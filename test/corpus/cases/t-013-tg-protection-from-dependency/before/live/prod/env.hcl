locals {
  environment = "prod"
  protect     = true
}
