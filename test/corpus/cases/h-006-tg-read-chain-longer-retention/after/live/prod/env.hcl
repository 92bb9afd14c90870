locals {
  account   = read_terragrunt_config("../account.hcl")
  retention = local.account.locals.retention_days
}
