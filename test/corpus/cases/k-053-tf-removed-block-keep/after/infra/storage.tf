resource "aws_s3_bucket" "uploads" {
  bucket = "acme-uploads"
}

removed {
  from = aws_s3_bucket.legacy_exports

  lifecycle {
    destroy = false
  }
}
