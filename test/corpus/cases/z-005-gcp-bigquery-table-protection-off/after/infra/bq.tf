resource "google_bigquery_table" "page_views" {
  dataset_id          = google_bigquery_dataset.events.dataset_id
  table_id            = "page_views"
  schema              = file("${path.module}/schemas/page_views.json")
  deletion_protection = false
}
