variable "reporting_replicas" {
  type    = number
  default = 1
}

variable "api_workers" {
  type    = number
  default = 2
}

resource "aws_db_instance" "reporting" {
  count               = var.reporting_replicas
  identifier          = "reporting-${count.index}"
  instance_class      = "db.r6g.large"
  replicate_source_db = "ledger"
}

resource "aws_instance" "api" {
  count         = var.api_workers
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.small"
}
