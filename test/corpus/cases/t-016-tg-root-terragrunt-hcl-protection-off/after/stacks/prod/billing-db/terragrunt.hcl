include {
  path = find_in_parent_folders()
}

terraform {
  source = "../../../modules//postgres"
}

inputs = {
  name = "billing"
}
