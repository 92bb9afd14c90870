locals {
  protect = contains(["prod", "production"], lower(trimspace(var.env_name)))
}
