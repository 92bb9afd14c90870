module "ledger_db" {
  source = "../modules/rds"

  name                = "ledger"
  deletion_protection = true
  skip_final_snapshot = false
}
