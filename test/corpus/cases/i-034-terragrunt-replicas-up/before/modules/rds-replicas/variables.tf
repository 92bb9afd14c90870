variable "replica_count" {
  type    = number
  default = 1
}

variable "deletion_protection" {
  type    = bool
  default = true
}
