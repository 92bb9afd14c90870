resource "google_bigquery_dataset" "events" {
  dataset_id = "events"
  location   = "EU"
}
