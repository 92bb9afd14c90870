resource "aws_s3_bucket" "uploads" {
  bucket        = "acme-uploads-${var.env}"
  force_destroy = true
  tags          = local.tags
}

resource "aws_s3_bucket_versioning" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  versioning_configuration {
    status = "Enabled"
  }
}
