locals {
  environment = "dev"
  protect     = false
}
