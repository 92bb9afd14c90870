include "root" {
  path   = find_in_parent_folders("root.hcl")
  expose = true
}

include "envcommon" {
  path   = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/postgres.hcl"
  expose = true
}

dependency "flags" {
  config_path = "../flags"

  mock_outputs = {
    protect_databases = true
  }
}

locals {
  env = read_terragrunt_config(find_in_parent_folders("env.hcl"))
}

inputs = {
  name = "orders-${local.env.locals.environment}"
  deletion_protection = dependency.flags.outputs.protect_databases
}
