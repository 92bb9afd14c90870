resource "google_container_node_pool" "default" {
  name       = "default"
  cluster    = google_container_cluster.primary.id
  node_count = 3
}
