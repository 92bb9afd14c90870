include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "../../../modules//rds-replicas"
}

inputs = {
  replica_count       = 2
  deletion_protection = true
}
