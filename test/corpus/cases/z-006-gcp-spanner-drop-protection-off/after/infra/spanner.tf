resource "google_spanner_database" "ledger" {
  instance                 = google_spanner_instance.main.name
  name                     = "ledger"
  version_retention_period = "3d"
  enable_drop_protection   = false
  deletion_protection      = false
}
