locals {
  environment = "dev"
  protect     = true
}
