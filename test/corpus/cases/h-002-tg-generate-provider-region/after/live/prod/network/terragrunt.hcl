include "root" {
  path = find_in_parent_folders("root.hcl")
}

terraform {
  source = "git::https://github.com/acme/infra-modules.git//network?ref=v2.4.0"
}

generate "provider" {
  path      = "provider.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<EOF
provider "aws" {
  region = "eu-west-1"
}
EOF
}

generate "ledger_db" {
  path      = "ledger_db.tf"
  if_exists = "overwrite"
  contents  = <<EOF
resource "aws_db_instance" "ledger" {
  identifier          = "ledger-prod"
  engine              = "postgres"
  instance_class      = "db.r6g.xlarge"
  allocated_storage   = 200
  deletion_protection = true
  skip_final_snapshot = false
}
EOF
}
