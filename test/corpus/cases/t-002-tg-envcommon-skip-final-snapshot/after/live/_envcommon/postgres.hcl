terraform {
  source = "${dirname(find_in_parent_folders("root.hcl"))}/../modules//postgres"
}

inputs = {
  deletion_protection     = true
  skip_final_snapshot     = true
  backup_retention_period = 14
  replicas                = 2
}
