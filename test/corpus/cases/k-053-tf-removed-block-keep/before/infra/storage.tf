resource "aws_s3_bucket" "uploads" {
  bucket = "acme-uploads"
}

resource "aws_s3_bucket" "legacy_exports" {
  bucket = "acme-legacy-exports"
}
