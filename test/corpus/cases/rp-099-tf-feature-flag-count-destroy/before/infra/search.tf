resource "aws_opensearch_domain" "search" {
  count          = var.enable_search ? 1 : 0
  domain_name    = "search-${var.env}"
  engine_version = "OpenSearch_2.13"

  cluster_config {
    instance_type  = "r6g.large.search"
    instance_count = 3
  }

  ebs_options {
    ebs_enabled = true
    volume_size = 200
  }
}
