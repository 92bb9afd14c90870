resource "google_sql_database_instance" "analytics" {
  name             = "analytics-prod"
  database_version = "POSTGRES_14"
  region           = "us-central1"
  settings {
    tier = "db-custom-2-8192"
  }
}
