include "root" {
  path   = find_in_parent_folders("root.hcl")
  expose = true
}

include "envcommon" {
  path   = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/postgres.hcl"
  expose         = true
  merge_strategy = "no_merge"
}

locals {
  env = read_terragrunt_config(find_in_parent_folders("env.hcl"))
}

inputs = {
  deletion_protection = true
  name = "orders-${local.env.locals.environment}"
}
