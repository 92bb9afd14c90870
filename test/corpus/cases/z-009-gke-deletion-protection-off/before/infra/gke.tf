resource "google_container_cluster" "primary" {
  name     = "prod-primary"
  location = "europe-west4"
  remove_default_node_pool = true
  initial_node_count       = 1
}
