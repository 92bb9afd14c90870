locals {
  # one switch for every safeguard of this stack
  protect = contains(["production"], lower(var.env_name))
}
