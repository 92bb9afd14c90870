locals {
  env = read_terragrunt_config(find_in_parent_folders("env.hcl"))
}

terraform {
  source = "../../../modules//orders-db"
}

inputs = {
  backup_retention_period = local.env.locals.retention
}
