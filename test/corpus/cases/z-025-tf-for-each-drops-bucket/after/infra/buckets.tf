locals {
  buckets = toset(["us-archive", "ap-archive"])
}

resource "google_storage_bucket" "archive" {
  for_each = local.buckets
  name     = "acme-${each.key}"
  location = "US"
}
