resource "aws_s3_bucket" "assets" {
  bucket = "acme-assets-prod"
  tags = {
    team        = "web"
    cost_center = "cc-204"
  }
}

resource "aws_s3_bucket" "exports" {
  bucket = "acme-exports-prod"
  tags = {
    team        = "data"
    cost_center = "cc-311"
  }
}

resource "aws_s3_bucket_versioning" "exports" {
  bucket = aws_s3_bucket.exports.id
  versioning_configuration {
    status = "Enabled"
  }
}
