resource "aws_s3_bucket" "assets" {
  bucket = "acme-assets-prod"
  tags = {
    team = "web"
  }
}
