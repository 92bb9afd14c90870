resource "aws_s3_bucket" "user_uploads" {
  bucket        = "acme-uploads-${var.env}"
  force_destroy = true
  tags          = local.tags
}

resource "aws_s3_bucket_versioning" "user_uploads" {
  bucket = aws_s3_bucket.user_uploads.id
  versioning_configuration {
    status = "Enabled"
  }
}
