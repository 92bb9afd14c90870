resource "aws_s3_bucket" "exports" {
  bucket = "acme-customer-exports"
}

resource "aws_s3_bucket_lifecycle_configuration" "exports" {
  bucket = aws_s3_bucket.exports.id

  rule {
    id     = "cleanup"
    status = "Enabled"
    filter {}

    expiration {
      days = 1
    }
  }
}
