module "network" {
  source = "./modules/network"
}

module "search" {
  source  = "terraform-aws-modules/opensearch/aws"
  version = "1.4.0"
  domain_name = "catalog-search"
}
