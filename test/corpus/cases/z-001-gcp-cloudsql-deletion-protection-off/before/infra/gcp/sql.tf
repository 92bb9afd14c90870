resource "google_sql_database_instance" "main" {
  name             = "orders-prod"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  deletion_protection = true

  settings {
    tier = "db-custom-4-16384"
    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
    }
  }
}
