module "ledger_db" {
  source = "../modules/rds"

  name                = "ledger"
  deletion_protection = local.protect
  skip_final_snapshot = !local.protect
}
