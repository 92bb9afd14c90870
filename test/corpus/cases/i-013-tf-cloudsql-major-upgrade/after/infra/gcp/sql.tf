resource "google_sql_database_instance" "main" {
  name             = "orders"
  region           = "europe-west1"
  database_version = "POSTGRES_15"

  settings {
    tier = "db-custom-2-7680"
  }
}
