variable "pr" { type = string }

resource "aws_s3_bucket" "assets" {
  bucket = "acme-pr-${var.pr}-assets"
}
