resource "google_sql_database_instance" "main" {
  name             = "orders-prod"
  database_version = "POSTGRES_15"
  region           = "europe-west4"
  settings {
    tier = "db-custom-4-16384"
  }
}
