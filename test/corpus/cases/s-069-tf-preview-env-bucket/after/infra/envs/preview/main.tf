variable "pr_number" {
  type = number
}

resource "aws_s3_bucket" "uploads" {
  bucket        = "acme-preview-pr-${var.pr_number}-uploads"
  force_destroy = true
}

resource "aws_db_instance" "db" {
  identifier          = "acme-preview-pr-${var.pr_number}"
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  skip_final_snapshot = true
  deletion_protection = false
}
