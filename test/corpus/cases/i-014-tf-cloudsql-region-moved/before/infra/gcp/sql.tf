resource "google_sql_database_instance" "main" {
  name             = "orders"
  region           = "europe-west1"
  database_version = "POSTGRES_14"

  settings {
    tier = "db-custom-2-7680"
  }
}
