locals {
  account_id     = "111122223333"
  retention_days = 14
}
