module "search" {
  source  = "terraform-aws-modules/opensearch/aws"
  version = "1.5.0"
  domain_name = "catalog-search"
}
