resource "google_bigquery_dataset" "events" {
  dataset_id                 = "events"
  location                   = "EU"
  delete_contents_on_destroy = true
}
