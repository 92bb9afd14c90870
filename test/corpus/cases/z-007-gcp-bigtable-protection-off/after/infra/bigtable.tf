resource "google_bigtable_instance" "metrics" {
  name                = "metrics"
  deletion_protection = false
  cluster {
    cluster_id   = "metrics-c1"
    zone         = "us-central1-b"
    num_nodes    = 3
    storage_type = "SSD"
  }
}
