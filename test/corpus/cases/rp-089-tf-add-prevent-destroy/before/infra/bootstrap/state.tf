resource "aws_s3_bucket" "tf_state" {
  bucket = "acme-terraform-state"
}

resource "aws_dynamodb_table" "tf_lock" {
  name         = "acme-terraform-lock"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "LockID"

  attribute {
    name = "LockID"
    type = "S"
  }
}
