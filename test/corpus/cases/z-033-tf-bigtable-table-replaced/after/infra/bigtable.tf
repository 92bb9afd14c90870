resource "google_bigtable_table" "events" {
  name          = "events"
  instance_name = google_bigtable_instance.metrics.name
  split_keys    = ["a", "h", "m", "t"]
}
