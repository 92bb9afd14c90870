resource "aws_s3_bucket" "exports" {
  bucket = "acme-exports"
}
