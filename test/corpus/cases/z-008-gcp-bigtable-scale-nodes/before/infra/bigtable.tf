resource "google_bigtable_instance" "metrics" {
  name = "metrics"
  cluster {
    cluster_id   = "metrics-c1"
    zone         = "us-central1-b"
    num_nodes    = 3
    storage_type = "SSD"
  }
}
