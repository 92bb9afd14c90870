resource "google_sql_database_instance" "main" {
  name                = "app-${var.env}"
  database_version    = "POSTGRES_16"
  region              = var.region
  deletion_protection = false

  settings {
    tier              = var.tier
    availability_type = "ZONAL"

    backup_configuration {
      enabled                        = false
      point_in_time_recovery_enabled = false
      start_time                     = "02:00"
      transaction_log_retention_days = 7
    }

    ip_configuration {
      ipv4_enabled    = false
      private_network = var.network_id
    }
  }
}
