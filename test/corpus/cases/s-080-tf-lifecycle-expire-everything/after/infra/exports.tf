resource "aws_s3_bucket" "exports" {
  bucket = "acme-exports"
}

resource "aws_s3_bucket_lifecycle_configuration" "exports" {
  bucket = aws_s3_bucket.exports.id

  rule {
    id     = "expire-all"
    status = "Enabled"
    filter {}
    expiration {
      days = 1
    }
  }
}
