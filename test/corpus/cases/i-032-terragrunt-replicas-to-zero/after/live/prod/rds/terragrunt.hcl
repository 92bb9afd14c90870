include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "../../../modules//rds-replicas"
}

inputs = {
  replica_count       = 0
  deletion_protection = true
}
