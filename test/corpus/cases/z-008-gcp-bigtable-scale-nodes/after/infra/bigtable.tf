resource "google_bigtable_instance" "metrics" {
  name = "metrics"
  cluster {
    cluster_id   = "metrics-c1"
    zone         = "us-central1-b"
    num_nodes    = 5
    storage_type = "SSD"
  }
}
